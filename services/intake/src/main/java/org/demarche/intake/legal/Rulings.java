package org.demarche.intake.legal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ruling tables. */
@Repository
class Rulings {

    private final JdbcClient jdbc;

    Rulings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the ruling unless the same judgment (court, application number, date) is stored already.
     *
     * @return whether it was stored now
     */
    boolean insertIfNew(UUID id, NewRuling ruling, Instant recordedAt) {
        int inserted = jdbc.sql("""
                        INSERT INTO ruling (id, court, case_name, application_no, respondent, judgment_date, summary,
                                            url, recorded_at, related_application_nos, other_respondents, kind)
                        VALUES (:id, :court, :caseName, :applicationNo, :respondent, :judgmentDate, :summary, :url,
                                :recordedAt, :related, :others, :kind)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", id)
                .param("court", ruling.court())
                .param("caseName", ruling.caseName())
                .param("applicationNo", ruling.applicationNo())
                .param("respondent", ruling.respondent())
                .param("judgmentDate", ruling.judgmentDate())
                .param("summary", ruling.summary())
                .param("url", ruling.url())
                .param("recordedAt", Timestamp.from(recordedAt))
                .param("related", StoredList.write(ruling.relatedApplicationNos()))
                .param("others", StoredList.write(ruling.otherRespondents()))
                .param("kind", ruling.kind())
                .update();
        if (inserted == 0) {
            return false;
        }
        List<String> articles = ruling.articlesViolated();
        for (int i = 0; i < articles.size(); i++) {
            jdbc.sql("INSERT INTO ruling_article (ruling_id, position, article) VALUES (:id, :position, :article)")
                    .param("id", id).param("position", i).param("article", articles.get(i))
                    .update();
        }
        return true;
    }

    Optional<UUID> idOf(String court, String applicationNo, LocalDate judgmentDate) {
        return jdbc.sql("""
                        SELECT id FROM ruling
                        WHERE court = :court AND application_no = :applicationNo AND judgment_date = :judgmentDate
                        """)
                .param("court", court).param("applicationNo", applicationNo).param("judgmentDate", judgmentDate)
                .query(UUID.class).optional();
    }

    Optional<Ruling> find(UUID id) {
        return all("WHERE r.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Newest judgment first. */
    List<Ruling> all() {
        return all("", Map.of());
    }

    private List<Ruling> all(String where, Map<String, Object> params) {
        Map<UUID, Ruling> rulings = new LinkedHashMap<>();
        Map<UUID, List<String>> articles = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.court, r.case_name, r.application_no, r.respondent, r.judgment_date, r.summary, r.url,
                       r.recorded_at, r.related_application_nos, r.other_respondents, r.kind, a.article
                FROM ruling r LEFT JOIN ruling_article a ON a.ruling_id = r.id
                """ + where + " ORDER BY r.judgment_date DESC, r.id, a.position")
                .params(params)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<String> violated = articles.computeIfAbsent(id, key -> new ArrayList<>());
                    if (!rulings.containsKey(id)) {
                        rulings.put(id, new Ruling(id, rs.getString("court"), rs.getString("case_name"),
                                rs.getString("application_no"), rs.getString("respondent"),
                                rs.getObject("judgment_date", LocalDate.class), violated, rs.getString("summary"),
                                rs.getString("url"), rs.getTimestamp("recorded_at").toInstant(),
                                StoredList.read(rs.getString("related_application_nos")),
                                StoredList.read(rs.getString("other_respondents")), rs.getString("kind")));
                    }
                    if (rs.getString("article") != null) {
                        violated.add(rs.getString("article"));
                    }
                });
        return List.copyOf(rulings.values());
    }
}
