package org.demarche.campaigns.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which case a court record is about, where a name match or a coordinator decided it. A record
 * that shares an application number with a case needs no link; a link is what a resolution without
 * a number, or a record whose numbers a case learnt, is cited by.
 */
@Repository
class CaseLinks {

    /** How a link was made. */
    enum How {
        /** The record's case name names the person of exactly one open case of its country. */
        NAME,
        /** A coordinator attached a held record to the case. */
        COORDINATOR
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void link(UUID recordId, String caseId, How how) {
        jdbc.sql("""
                        INSERT INTO case_file_link (record_id, case_id, how, linked_at)
                        VALUES (:record, :case, :how, :at)
                        ON CONFLICT DO NOTHING""")
                .param("record", recordId).param("case", caseId).param("how", how.name().toLowerCase())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The cases each record is linked to, among these cases. */
    Map<UUID, Set<String>> byRecord(Collection<String> caseIds) {
        Map<UUID, Set<String>> links = new HashMap<>();
        if (caseIds.isEmpty()) {
            return links;
        }
        jdbc.sql("SELECT record_id, case_id FROM case_file_link WHERE case_id IN (:cases)")
                .param("cases", caseIds)
                .query(rs -> {
                    links.computeIfAbsent(rs.getObject("record_id", UUID.class), id -> new HashSet<>())
                            .add(rs.getString("case_id"));
                });
        return links;
    }

    /** Forgets what was decided about the case: its person or its country changed. */
    void forget(String caseId) {
        jdbc.sql("DELETE FROM case_file_link WHERE case_id = :case").param("case", caseId).update();
    }
}
