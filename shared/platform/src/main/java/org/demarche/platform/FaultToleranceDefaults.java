package org.demarche.platform;

import java.util.Map;

/**
 * How every service behaves when Kafka or PostgreSQL is away, as settings of lowest precedence:
 * a service's {@code application.yml} or its environment may still choose otherwise.
 */
public class FaultToleranceDefaults extends LowestPrecedenceDefaults {

    static final String SOURCE_NAME = "demarchePlatformFaultToleranceDefaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            // kafka and db DOWN must show in /actuator/health (status only: the details stay private)
            "management.endpoint.health.show-components", "always",
            // Boot's admin would hold start-up for its 30 s operation timeout when no broker answers;
            // TopicProvisioning creates the topics instead, now or when the brokers come
            "spring.kafka.admin.auto-create", "false",
            // nor may a consumer that subscribes before then: the broker would make the topic with its
            // own partition count (1), and consumers assigned before TopicProvisioning adds the rest
            // would not read those for minutes (a record keyed to partition 3 waited in the e2e run)
            "spring.kafka.consumer.properties.allow.auto.create.topics", "false",
            // the outbox relay's send waits this long for an absent broker before it backs off and
            // tries again, rather than the client's minute, so that a stop is not held up
            "spring.kafka.producer.properties.max.block.ms", "10000",
            // a request answers 503 a few seconds after PostgreSQL went away, not after 30 s
            "spring.datasource.hikari.connection-timeout", "5000");

    public FaultToleranceDefaults() {
        super(SOURCE_NAME, DEFAULTS);
    }
}
