package org.demarche.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Locks an account after {@code demarche.login.max-failures} wrong passwords in a row, for
 * {@code demarche.login.lockout}; a right password before that starts the count again. Counted in
 * the service's database ({@code platform_login_failure}), so the failures on every instance of the
 * service add up and a lockout holds on all of them; a restart does not unlock.
 * Only names of existing accounts are counted: the answer to an unknown name is the same 401
 * anyway, and counting every name tried would let anyone fill the table.
 */
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

    private final JdbcClient jdbc;
    private final LoginProperties properties;
    private final Predicate<String> exists;
    private final Clock clock;

    public LoginLockout(JdbcClient jdbc, LoginProperties properties, Predicate<String> exists, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.exists = exists;
        this.clock = clock;
    }

    public boolean locked(String username) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM platform_login_failure
                        WHERE username = :name AND failures >= :max AND last_failed_at > :lockedSince
                        """)
                .param("name", key(username))
                .param("max", properties.maxFailures())
                .param("lockedSince", Timestamp.from(clock.instant().minus(properties.lockout())))
                .query(Integer.class).single() > 0;
    }

    /**
     * Counts a wrong password. Best effort: the sign-in has failed already, and a database that
     * cannot take the count should not turn the 401 into an error.
     */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (!exists.test(username)) {
            return;
        }
        try {
            int after = countFailure(key(username), clock.instant());
            if (after == properties.maxFailures()) {
                log.warn("Account '{}' locked for {} after {} wrong passwords", username, properties.lockout(), after);
            }
        } catch (DataAccessException e) {
            log.warn("Could not count a wrong password for '{}': {}", username, e.getMessage());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        try {
            jdbc.sql("DELETE FROM platform_login_failure WHERE username = :name")
                    .param("name", key(event.getAuthentication().getName()))
                    .update();
        } catch (DataAccessException e) {
            log.warn("Could not reset the wrong passwords of '{}': {}", event.getAuthentication().getName(),
                    e.getMessage());
        }
    }

    /**
     * One more failure, or the first of a new run once the last one is a lockout ago, in one
     * statement so that failures arriving at two instances at once both count; the first failure
     * of a name inserts its row, and an insert that lost the race to another instance counts again.
     *
     * @return the failures in a row now
     */
    private int countFailure(String name, Instant now) {
        if (addFailure(name, now) == 0) {
            try {
                jdbc.sql("INSERT INTO platform_login_failure (username, failures, last_failed_at) VALUES (:name, 1, :now)")
                        .param("name", name)
                        .param("now", Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                addFailure(name, now);
            }
        }
        return jdbc.sql("SELECT failures FROM platform_login_failure WHERE username = :name")
                .param("name", name).query(Integer.class).optional().orElse(0);
    }

    private int addFailure(String name, Instant now) {
        return jdbc.sql("""
                        UPDATE platform_login_failure
                        SET failures = CASE WHEN last_failed_at > :expiredAt THEN failures + 1 ELSE 1 END,
                            last_failed_at = :now
                        WHERE username = :name
                        """)
                .param("expiredAt", Timestamp.from(now.minus(properties.lockout())))
                .param("now", Timestamp.from(now))
                .param("name", name)
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
