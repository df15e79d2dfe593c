package org.demarche.platform.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code deadLetters} in health: how many records this service's consumer groups gave up on and
 * nobody replayed yet. Always UP (a dead letter is work for an administrator, not a reason to take
 * the instance out of service); UNKNOWN if the dead-letter topics cannot be read.
 */
class DeadLettersHealth implements HealthIndicator {

    /** Counting reads every dead-letter topic; health is asked for every few seconds. */
    static final Duration KEPT_FOR = Duration.ofSeconds(15);

    private final DeadLetters deadLetters;
    private final Clock clock = Clock.systemUTC();
    private Health last;
    private Instant lastAt = Instant.MIN;

    DeadLettersHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(KEPT_FOR))) {
            last = count();
            lastAt = now;
        }
        return last;
    }

    private Health count() {
        try {
            return Health.up().withDetail("count", deadLetters.pending().size()).build();
        } catch (RuntimeException e) {
            return Health.unknown().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
