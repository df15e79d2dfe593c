package org.demarche.campaigns.deadline;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.springframework.stereotype.Component;

/**
 * {@code demarche.deadline.lateness}: how long after its due time each deadline's step did its
 * work, by kind of step, as a histogram (buckets up to an hour) so that a percentile over every
 * instance can be asked of Prometheus. A deadline that fell due while every instance was down shows
 * as late by the outage; a second run of a step done already is not counted.
 */
@Component
class DeadlineMeters {

    private final MeterRegistry registry;

    DeadlineMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void fired(DeadlineKind kind, Instant dueAt, Instant firedAt) {
        Duration lateness = Duration.between(dueAt, firedAt);
        Timer.builder("demarche.deadline.lateness")
                .description("Time from a deadline's due time to its step doing its work")
                .tag("kind", kind.wireName())
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry)
                // Quartz may fire a little before the service's clock says it is due; a Timer would drop a negative
                .record(lateness.isNegative() ? Duration.ZERO : lateness);
    }
}
