package org.demarche.campaigns.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The court records held for a coordinator, and what became of them. */
@Repository
class HeldRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    HeldRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What became of a held record. */
    enum Status {
        /** Waiting for a coordinator: its case name names the person of two or more open cases. */
        HELD,
        /** A coordinator attached it to one case. */
        ATTACHED,
        /** A coordinator said it is about none of the cases. */
        DISMISSED,
        /** The registry changed so that it is no longer in doubt (a number, or one name, decides it). */
        RESOLVED;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One record held in one country.
     *
     * @param candidates the open cases whose person its case name names
     * @param caseId     the case a coordinator attached it to
     */
    record Hold(UUID id, UUID recordId, CourtRecord.Type recordType, String country, List<String> candidates,
                Status status, Instant heldAt, Instant decidedAt, String decidedBy, String caseId) {

        Hold {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * Holds the record for a coordinator with these candidates, or holds it again (with the
     * candidates of now) when it was held, attached or resolved before; a dismissed record stays
     * dismissed.
     *
     * @return the hold as it is now
     */
    Hold hold(CourtRecord record, String country, List<String> candidates) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                        UPDATE held_record SET candidates = :candidates, status = 'held', case_id = NULL,
                               decided_at = NULL, decided_by = NULL,
                               held_at = CASE WHEN status = 'held' THEN held_at ELSE :now END
                        WHERE record_id = :record AND country = :country AND status <> 'dismissed'""")
                .param("candidates", String.join(",", candidates)).param("now", Timestamp.from(now))
                .param("record", record.id()).param("country", country)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO held_record (id, record_id, record_type, country, candidates, status, held_at)
                            VALUES (:id, :record, :type, :country, :candidates, 'held', :now)
                            ON CONFLICT DO NOTHING""")
                    .param("id", UUID.randomUUID()).param("record", record.id())
                    .param("type", record.type().wireName()).param("country", country)
                    .param("candidates", String.join(",", candidates)).param("now", Timestamp.from(now))
                    .update();
        }
        return jdbc.sql("SELECT * FROM held_record WHERE record_id = :record AND country = :country")
                .param("record", record.id()).param("country", country).query((rs, row) -> hold(rs)).single();
    }

    /** No longer in doubt: out of the list (an attachment whose case changed ends the same way). */
    void resolve(UUID recordId, String country) {
        jdbc.sql("""
                        UPDATE held_record SET status = 'resolved', decided_at = :now
                        WHERE record_id = :record AND country = :country AND status IN ('held', 'attached')""")
                .param("now", Timestamp.from(clock.instant())).param("record", recordId).param("country", country)
                .update();
    }

    /** @return whether it was still held (a coordinator's decision is made once) */
    boolean decide(UUID id, Status status, String caseId, String coordinator) {
        return jdbc.sql("""
                        UPDATE held_record SET status = :status, case_id = :case, decided_by = :by, decided_at = :now
                        WHERE id = :id AND status = 'held'""")
                .param("status", status.wireName()).param("case", caseId).param("by", coordinator)
                .param("now", Timestamp.from(clock.instant())).param("id", id)
                .update() == 1;
    }

    Optional<Hold> find(UUID id) {
        return jdbc.sql("SELECT * FROM held_record WHERE id = :id").param("id", id).query((rs, row) -> hold(rs))
                .optional();
    }

    /** Records waiting for a coordinator, oldest first. */
    List<Hold> waiting() {
        return jdbc.sql("SELECT * FROM held_record WHERE status = 'held' ORDER BY held_at, id")
                .query((rs, row) -> hold(rs)).list();
    }

    /** The country's held records of every status, by record id. */
    Map<UUID, Hold> inCountry(String country) {
        Map<UUID, Hold> holds = new HashMap<>();
        jdbc.sql("SELECT * FROM held_record WHERE country = :country").param("country", country)
                .query((rs, row) -> hold(rs)).list()
                .forEach(hold -> holds.put(hold.recordId(), hold));
        return holds;
    }

    private static Hold hold(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Hold(rs.getObject("id", UUID.class), rs.getObject("record_id", UUID.class),
                CourtRecord.Type.fromWireName(rs.getString("record_type")), rs.getString("country").strip(),
                Arrays.asList(rs.getString("candidates").split(",")),
                Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getTimestamp("held_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"), rs.getString("case_id"));
    }
}
