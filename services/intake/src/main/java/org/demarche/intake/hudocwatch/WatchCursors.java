package org.demarche.intake.hudocwatch;

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

/** The hudoc_watch_cursor table. */
@Repository
class WatchCursors {

    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;

    WatchCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts following a source and state, due at once; nothing changes for one followed already. */
    void follow(String source, String state, Instant now) {
        jdbc.sql("""
                        INSERT INTO hudoc_watch_cursor (source, state, next_poll_at) VALUES (:source, :state, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("source", source).param("state", state).param("now", Timestamp.from(now))
                .update();
    }

    Optional<WatchCursor> find(String source, String state) {
        return jdbc.sql("SELECT * FROM hudoc_watch_cursor WHERE source = :source AND state = :state")
                .param("source", source).param("state", state).query((rs, row) -> cursor(rs)).optional();
    }

    List<WatchCursor> all() {
        return jdbc.sql("SELECT * FROM hudoc_watch_cursor ORDER BY state, source").query((rs, row) -> cursor(rs)).list();
    }

    /**
     * Takes a due poll for this instance: moves its next poll on, unless another instance did so
     * first.
     */
    boolean claim(WatchCursor cursor, Instant next) {
        return jdbc.sql("""
                        UPDATE hudoc_watch_cursor SET next_poll_at = :next
                        WHERE source = :source AND state = :state AND next_poll_at = :due
                        """)
                .param("source", cursor.source()).param("state", cursor.state()).param("next", Timestamp.from(next))
                .param("due", Timestamp.from(cursor.nextPollAt()))
                .update() == 1;
    }

    /** Moves the cursor to a page imported whole; never back, should two polls of one state overlap. */
    void advance(String source, String state, LocalDate from, UUID importId) {
        jdbc.sql("""
                        UPDATE hudoc_watch_cursor SET from_date = :from, last_import_id = :importId
                        WHERE source = :source AND state = :state AND (from_date IS NULL OR from_date <= :from)
                        """)
                .param("source", source).param("state", state).param("from", from)
                .param("importId", importId)
                .update();
    }

    void polled(String source, String state, String outcome, String error, Instant at) {
        jdbc.sql("""
                        UPDATE hudoc_watch_cursor SET last_polled_at = :at, last_outcome = :outcome, last_error = :error
                        WHERE source = :source AND state = :state
                        """)
                .param("source", source).param("state", state).param("at", Timestamp.from(at))
                .param("outcome", outcome)
                .param("error", error == null || error.length() <= MAX_ERROR_LENGTH ? error
                        : error.substring(0, MAX_ERROR_LENGTH))
                .update();
    }

    private static WatchCursor cursor(ResultSet rs) throws SQLException {
        Timestamp polled = rs.getTimestamp("last_polled_at");
        return new WatchCursor(rs.getString("source"), rs.getString("state"), rs.getObject("from_date", LocalDate.class),
                rs.getTimestamp("next_poll_at").toInstant(), polled == null ? null : polled.toInstant(),
                rs.getString("last_outcome"), rs.getObject("last_import_id", UUID.class), rs.getString("last_error"));
    }
}
