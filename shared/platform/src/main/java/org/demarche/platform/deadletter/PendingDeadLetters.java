package org.demarche.platform.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many dead letters of this service wait, by dead-letter topic, as health and the meters tell
 * it. Counting reads every dead-letter topic to its end and both are asked for every few seconds,
 * so one count, or the failure to count, is kept for {@link #KEPT_FOR}.
 */
class PendingDeadLetters {

    static final Duration KEPT_FOR = Duration.ofSeconds(15);

    private final DeadLetters deadLetters;
    /** Real time, not the service's clock, which demos and tests move. */
    private final Clock clock = Clock.systemUTC();
    private Map<String, Integer> last;
    private RuntimeException lastFailure;
    private Instant lastAt = Instant.MIN;

    PendingDeadLetters(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** @throws RuntimeException if the dead-letter topics could not be read */
    synchronized Map<String, Integer> byTopic() {
        Instant now = clock.instant();
        if (!now.isBefore(lastAt.plus(KEPT_FOR))) {
            lastAt = now;
            try {
                Map<String, Integer> counts = new TreeMap<>();
                deadLetters.pending().forEach(letter -> counts.merge(letter.topic(), 1, Integer::sum));
                last = counts;
                lastFailure = null;
            } catch (RuntimeException e) {
                lastFailure = e;
            }
        }
        if (lastFailure != null) {
            throw lastFailure;
        }
        return last;
    }

    int total() {
        return byTopic().values().stream().mapToInt(Integer::intValue).sum();
    }
}
