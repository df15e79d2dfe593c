package org.demarche.platform.deadletter;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code deadLetters} in health: how many records this service's consumer groups gave up on and
 * nobody replayed yet. Always UP (a dead letter is work for an administrator, not a reason to take
 * the instance out of service); UNKNOWN if the dead-letter topics cannot be read.
 */
class DeadLettersHealth implements HealthIndicator {

    private final PendingDeadLetters pending;

    DeadLettersHealth(PendingDeadLetters pending) {
        this.pending = pending;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("count", pending.total()).build();
        } catch (RuntimeException e) {
            return Health.unknown().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
