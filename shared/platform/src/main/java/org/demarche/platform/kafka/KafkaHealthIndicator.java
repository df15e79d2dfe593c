package org.demarche.platform.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code kafka} in {@code /actuator/health}: UP when the brokers answer within a short timeout,
 * DOWN otherwise. Part of the overall status only, not of the liveness or readiness probes: the
 * outbox keeps what the service writes while the brokers are away, so the service still takes
 * requests, and restarting it would not bring the brokers back.
 */
class KafkaHealthIndicator implements HealthIndicator {

    private final KafkaReachability brokers;
    private final TopicProvisioning topics;

    KafkaHealthIndicator(KafkaReachability brokers, TopicProvisioning topics) {
        this.brokers = brokers;
        this.topics = topics;
    }

    @Override
    public Health health() {
        KafkaReachability.Answer answer = brokers.ask();
        Health.Builder health = answer.cluster()
                .map(cluster -> Health.up().withDetail("clusterId", cluster.id()).withDetail("brokers", cluster.brokers()))
                .orElseGet(() -> Health.down().withDetail("error", answer.problem()));
        return health.withDetail("topics", topics.provisioned() ? "created" : "waiting for the brokers").build();
    }
}
