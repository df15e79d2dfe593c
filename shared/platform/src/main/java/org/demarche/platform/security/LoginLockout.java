package org.demarche.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Locks an account after {@code demarche.login.max-failures} wrong passwords in a row, for
 * {@code demarche.login.lockout}; a right password before that starts the count again. Kept in
 * memory, per service instance: a restart unlocks, which is acceptable for slowing guessing down.
 * Only names of existing accounts are counted: the answer to an unknown name is the same 401
 * anyway, and counting every name tried would let anyone fill the memory.
 */
public class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final LoginProperties properties;
    private final java.util.function.Predicate<String> exists;
    private final Clock clock;

    public LoginLockout(LoginProperties properties, java.util.function.Predicate<String> exists, Clock clock) {
        this.properties = properties;
        this.exists = exists;
        this.clock = clock;
    }

    public boolean locked(String username) {
        Failures current = failures.get(key(username));
        if (current == null || current.count() < properties.maxFailures()) {
            return false;
        }
        return clock.instant().isBefore(current.last().plus(properties.lockout()));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (!exists.test(username)) {
            return;
        }
        Instant now = clock.instant();
        Failures after = failures.compute(key(username), (name, before) -> {
            boolean expired = before == null || !now.isBefore(before.last().plus(properties.lockout()));
            return new Failures(expired ? 1 : before.count() + 1, now);
        });
        if (after.count() == properties.maxFailures()) {
            log.warn("Account '{}' locked for {} after {} wrong passwords", username, properties.lockout(), after.count());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }
}
