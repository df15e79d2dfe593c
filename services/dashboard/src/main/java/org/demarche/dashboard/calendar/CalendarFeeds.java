package org.demarche.dashboard.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_feed table: tokens by their hash, and whose feed each is. */
@Repository
class CalendarFeeds {

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String token, String lead, Instant at) {
        jdbc.sql("INSERT INTO calendar_feed (token_hash, lead, created_at) VALUES (:hash, :lead, :at)")
                .param("hash", hash(token)).param("lead", lead).param("at", Timestamp.from(at)).update();
    }

    /** The lead whose feed the token opens. */
    Optional<String> leadOf(String token) {
        return jdbc.sql("SELECT lead FROM calendar_feed WHERE token_hash = :hash").param("hash", hash(token))
                .query(String.class).optional();
    }

    boolean revoke(String token) {
        return jdbc.sql("DELETE FROM calendar_feed WHERE token_hash = :hash").param("hash", hash(token)).update() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
