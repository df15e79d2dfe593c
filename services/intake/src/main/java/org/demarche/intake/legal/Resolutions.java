package org.demarche.intake.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The resolution table. */
@Repository
class Resolutions {

    private static final String SELECT = """
            SELECT id, body, reference, adopted_on, respondent, case_name, application_no, kind, summary, url,
                   recorded_at, related_application_nos, other_respondents
            FROM resolution
            """;

    private final JdbcClient jdbc;

    Resolutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the resolution unless the body's reference is stored already.
     *
     * @return whether it was stored now
     */
    boolean insertIfNew(UUID id, NewResolution resolution, Instant recordedAt) {
        return jdbc.sql("""
                        INSERT INTO resolution (id, body, reference, adopted_on, respondent, case_name, application_no,
                                                kind, summary, url, recorded_at, related_application_nos,
                                                other_respondents)
                        VALUES (:id, :body, :reference, :adoptedOn, :respondent, :caseName, :applicationNo, :kind,
                                :summary, :url, :recordedAt, :related, :others)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", id)
                .param("body", resolution.body())
                .param("reference", resolution.reference())
                .param("adoptedOn", resolution.adoptedOn())
                .param("respondent", resolution.respondent())
                .param("caseName", resolution.caseName())
                .param("applicationNo", resolution.applicationNo())
                .param("kind", resolution.kind())
                .param("summary", resolution.summary())
                .param("url", resolution.url())
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("related", StoredList.write(resolution.relatedApplicationNos()))
                .param("others", StoredList.write(resolution.otherRespondents()))
                .update() == 1;
    }

    Optional<UUID> idOf(String body, String reference) {
        return jdbc.sql("SELECT id FROM resolution WHERE body = :body AND reference = :reference")
                .param("body", body).param("reference", reference)
                .query(UUID.class).optional();
    }

    Optional<Resolution> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, row) -> resolution(rs)).optional();
    }

    /** Newest adoption first. */
    List<Resolution> all() {
        return jdbc.sql(SELECT + " ORDER BY adopted_on DESC, id").query((rs, row) -> resolution(rs)).list();
    }

    private static Resolution resolution(ResultSet rs) throws SQLException {
        return new Resolution(rs.getObject("id", UUID.class), rs.getString("body"), rs.getString("reference"),
                rs.getObject("adopted_on", LocalDate.class), rs.getString("respondent"), rs.getString("case_name"),
                rs.getString("application_no"), rs.getString("kind"), rs.getString("summary"), rs.getString("url"),
                rs.getTimestamp("recorded_at").toInstant(), StoredList.read(rs.getString("related_application_nos")),
                StoredList.read(rs.getString("other_respondents")));
    }
}
