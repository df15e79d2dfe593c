package org.demarche.intake.opencases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.demarche.events.registry.CaseRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registered_case table: the latest state of each case the registry announced. */
@Repository
class RegisteredCases {

    private final JdbcClient jdbc;

    RegisteredCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the case as the event says, unless a later event about it was applied already: events
     * of one case come in order on its partition, but a replay after a rebalance may bring an older
     * one again.
     */
    void keep(CaseRegistered registered, Instant at) {
        String country = registered.country().strip().toUpperCase(Locale.ROOT);
        int inserted = jdbc.sql("""
                        INSERT INTO registered_case (case_id, country, status, changed_at)
                        VALUES (:id, :country, :status, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", registered.caseId()).param("country", country)
                .param("status", registered.status()).param("at", Timestamp.from(at))
                .update();
        if (inserted == 0) {
            jdbc.sql("""
                            UPDATE registered_case SET country = :country, status = :status, changed_at = :at
                            WHERE case_id = :id AND changed_at <= :at
                            """)
                    .param("id", registered.caseId()).param("country", country)
                    .param("status", registered.status()).param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** The alpha-2 codes of the countries with at least one open case, in alphabetical order. */
    List<String> countriesWithOpenCases() {
        return jdbc.sql("SELECT DISTINCT country FROM registered_case WHERE status = 'open' ORDER BY country")
                .query(String.class).list();
    }
}
