package org.demarche.intake.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed table. */
@Repository
class Feeds {

    /** What a feed's last fetch left to compare the next one with. */
    record Validators(String etag, String lastModified, String contentHash) {
    }

    private final JdbcClient jdbc;

    Feeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String kind, String url, String path, Instant at) {
        jdbc.sql("""
                        INSERT INTO feed (id, kind, url, path, next_poll_at, created_at)
                        VALUES (:id, :kind, :url, :path, :at, :at)
                        """)
                .param("id", id).param("kind", kind).param("url", url).param("path", path)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM feed WHERE id = :id").param("id", id).update() == 1;
    }

    Optional<Feed> find(UUID id) {
        return jdbc.sql("SELECT * FROM feed WHERE id = :id").param("id", id).query((rs, row) -> feed(rs)).optional();
    }

    List<Feed> all() {
        return jdbc.sql("SELECT * FROM feed ORDER BY created_at, id").query((rs, row) -> feed(rs)).list();
    }

    List<Feed> due(Instant now) {
        return jdbc.sql("SELECT * FROM feed WHERE next_poll_at <= :now ORDER BY next_poll_at, id")
                .param("now", Timestamp.from(now)).query((rs, row) -> feed(rs)).list();
    }

    /**
     * Takes the poll of a due feed for this instance: moves its next poll on, unless another
     * instance did so first.
     */
    boolean claim(Feed feed, Instant next) {
        return jdbc.sql("UPDATE feed SET next_poll_at = :next WHERE id = :id AND next_poll_at = :due")
                .param("id", feed.id()).param("next", Timestamp.from(next))
                .param("due", Timestamp.from(feed.nextPollAt()))
                .update() == 1;
    }

    Validators validators(UUID id) {
        return jdbc.sql("SELECT etag, last_modified, content_hash FROM feed WHERE id = :id").param("id", id)
                .query((rs, row) -> new Validators(rs.getString("etag"), rs.getString("last_modified"),
                        rs.getString("content_hash")))
                .optional().orElse(new Validators(null, null, null));
    }

    void polled(UUID id, String outcome, Validators validators, UUID importId, String error, Instant at) {
        jdbc.sql("""
                        UPDATE feed SET last_polled_at = :at, last_outcome = :outcome, last_error = :error,
                                        etag = COALESCE(:etag, etag), last_modified = COALESCE(:lastModified, last_modified),
                                        content_hash = COALESCE(:hash, content_hash),
                                        last_import_id = COALESCE(:importId, last_import_id)
                        WHERE id = :id
                        """)
                .param("id", id).param("at", Timestamp.from(at)).param("outcome", outcome)
                .param("error", error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("etag", validators == null ? null : validators.etag())
                .param("lastModified", validators == null ? null : validators.lastModified())
                .param("hash", validators == null ? null : validators.contentHash())
                .param("importId", importId)
                .update();
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        return new Feed(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("url"), rs.getString("path"),
                rs.getTimestamp("next_poll_at").toInstant(), instant(rs.getTimestamp("last_polled_at")),
                rs.getString("last_outcome"), rs.getObject("last_import_id", UUID.class), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
