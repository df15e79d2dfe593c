package org.demarche.intake.hudoc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The legal_source_record table: HUDOC identifiers already imported. */
@Repository
class LegalSourceRecords {

    private final JdbcClient jdbc;

    LegalSourceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean known(String source, String identifier) {
        return jdbc.sql("SELECT COUNT(*) FROM legal_source_record WHERE source = :source AND identifier = :identifier")
                .param("source", source).param("identifier", identifier).query(Long.class).single() > 0;
    }

    void remember(String source, String identifier, UUID factId, Instant at) {
        jdbc.sql("""
                        INSERT INTO legal_source_record (source, identifier, fact_id, imported_at)
                        VALUES (:source, :identifier, :factId, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("source", source).param("identifier", identifier).param("factId", factId)
                .param("at", Timestamp.from(at))
                .update();
    }
}
