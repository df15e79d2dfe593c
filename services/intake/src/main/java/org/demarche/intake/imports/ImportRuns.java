package org.demarche.intake.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records each import's progress. Every call commits on its own (never inside an entry's
 * transaction), so another request sees the progress while the import runs.
 */
@Service
public class ImportRuns {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID start(String kind, String source, int total) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO import_run (id, kind, source, status, total, processed, started_at)
                        VALUES (:id, :kind, :source, :status, :total, 0, :at)
                        """)
                .param("id", id).param("kind", kind)
                .param("source", source.length() > 2000 ? source.substring(0, 2000) : source)
                .param("status", ImportRun.RUNNING).param("total", total).param("at", Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(UUID id, int processed) {
        jdbc.sql("UPDATE import_run SET processed = :processed WHERE id = :id")
                .param("id", id).param("processed", processed).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(UUID id, Object result) {
        jdbc.sql("""
                        UPDATE import_run SET status = :status, processed = total, result = :result, finished_at = :at
                        WHERE id = :id
                        """)
                .param("id", id).param("status", ImportRun.DONE).param("result", json.writeValueAsString(result))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(UUID id, String error) {
        String reason = error == null ? "unexpected failure" : error;
        jdbc.sql("UPDATE import_run SET status = :status, error = :error, finished_at = :at WHERE id = :id")
                .param("id", id).param("status", ImportRun.FAILED)
                .param("error", reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH) : reason)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    Optional<ImportRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM import_run WHERE id = :id").param("id", id)
                .query((rs, row) -> run(rs)).optional();
    }

    /** The most recent runs, newest first. */
    List<ImportRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM import_run ORDER BY started_at DESC, id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query((rs, row) -> run(rs)).list();
    }

    private ImportRun run(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        Timestamp finished = rs.getTimestamp("finished_at");
        return ImportRun.of(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("source"),
                rs.getString("status"), rs.getInt("total"), rs.getInt("processed"),
                result == null ? null : json.readTree(result), rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}
