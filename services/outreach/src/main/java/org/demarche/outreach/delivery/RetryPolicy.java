package org.demarche.outreach.delivery;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.demarche.outreach.OutreachProperties;

/**
 * When a message that failed is tried again: exponential back-off after transient failures, up
 * to a number of attempts; never after a permanent one. A reminder's retry also waits out the
 * partner's quiet hours.
 */
final class RetryPolicy {

    private final OutreachProperties.Delivery settings;
    private final QuietHours quietHours;

    RetryPolicy(OutreachProperties.Delivery settings, QuietHours quietHours) {
        this.settings = settings;
        this.quietHours = quietHours;
    }

    /**
     * @param attemptsBefore attempts made before the one that just failed
     * @return when to try again; empty to give up
     */
    Optional<Instant> nextAttempt(DeliveryFailure failure, int attemptsBefore, Instant now, String quietZone) {
        int attempt = attemptsBefore + 1;
        if (failure.permanent() || attempt >= settings.maxAttempts()) {
            return Optional.empty();
        }
        double factor = Math.pow(settings.retryMultiplier(), attempt - 1);
        long waitMillis = (long) Math.min(settings.retryInitialInterval().toMillis() * factor,
                settings.retryMaxInterval().toMillis());
        Instant next = now.plus(Duration.ofMillis(Math.max(0, waitMillis)));
        if (quietZone == null) {
            return Optional.of(next);
        }
        try {
            return Optional.of(quietHours.waitUntil(next, ZoneId.of(quietZone)).orElse(next));
        } catch (DateTimeException unknownZone) {
            return Optional.of(next);
        }
    }
}
