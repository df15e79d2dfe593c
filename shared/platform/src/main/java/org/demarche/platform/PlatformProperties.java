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
     * @param initialInterval first wait before a retry
     * @param multiplier      growth of the wait between attempts
     * @param maxInterval     longest wait between two attempts
     * @param maxRetries      retries before the record goes to the dead-letter topic
     */
    public record Retry(
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") Duration maxInterval,
            @DefaultValue("6") int maxRetries) {
    }
}
