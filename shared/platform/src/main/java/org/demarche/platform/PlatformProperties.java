package org.demarche.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every service ({@code demarche.platform.*}).
 *
 * @param partitions        partitions of every topic and of its dead-letter topic
 * @param replicationFactor replicas of every topic created at start-up
 * @param outboxPollInterval how often the outbox relay looks for events left behind
 * @param outboxBatchSize   events relayed in one transaction
 * @param retry             back-off for records whose processing failed for a transient reason
 */
@ConfigurationProperties("demarche.platform")
public record PlatformProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("200ms") Duration outboxPollInterval,
        @DefaultValue("200") int outboxBatchSize,
        @DefaultValue Retry retry) {

    public PlatformProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("demarche.platform.partitions must be at least 1, was " + partitions);
        }
        if (outboxBatchSize < 1) {
            throw new IllegalArgumentException("demarche.platform.outbox-batch-size must be at least 1");
        }
    }

    /**
     * A failed record is first retried in place a few times (blocking its partition, for seconds);
     * if it still fails for a transient reason it is parked on its consumer group's retry topic and
     * retried from there, the waits growing on the same curve, until {@code transientFor} has passed
     * since its first failure. Only then, or at once when it can never succeed, it is dead-lettered.
     *
     * @param initialInterval first wait before a retry
     * @param multiplier      growth of the wait between attempts
     * @param maxInterval     longest wait between two attempts
     * @param maxRetries      retries in place before the record is parked (they hold up its partition)
     * @param transientFor    how long a transient failure is retried before the record is dead-lettered
     */
    public record Retry(
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("1m") Duration maxInterval,
            @DefaultValue("2") int maxRetries,
            @DefaultValue("15m") Duration transientFor) {

        public Retry {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("demarche.platform.retry.max-retries must not be negative");
            }
            if (multiplier < 1) {
                throw new IllegalArgumentException("demarche.platform.retry.multiplier must be at least 1");
            }
        }

        /** The wait before parked attempt {@code attempt} (1 for the first), continuing the in-place curve. */
        public Duration parkedWait(int attempt) {
            double millis = initialInterval.toMillis() * Math.pow(multiplier, maxRetries + attempt - 1);
            return Duration.ofMillis((long) Math.min(millis, maxInterval.toMillis()));
        }
    }
}
