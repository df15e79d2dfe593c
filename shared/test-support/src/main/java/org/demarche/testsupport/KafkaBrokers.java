package org.demarche.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** Starts the one Kafka broker of this JVM and stops it when the JVM exits. */
final class KafkaBrokers {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

    private KafkaBrokers() {
    }

    /**
     * A single KRaft broker inside this JVM, on a free port. Topics are
     * created on first use with one partition, as in the Kafka container.
     */
    static KafkaEndpoint startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        // a new consumer group would otherwise wait 3 s for more members before its first assignment
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
        return new KafkaEndpoint(broker.getBrokersAsString());
    }

    /** Kept apart so that Testcontainers' classes load only when Docker is used. */
    static KafkaEndpoint startContainer() {
        var container = new org.testcontainers.kafka.KafkaContainer(KAFKA_IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-container-shutdown"));
        return new KafkaEndpoint(container.getBootstrapServers());
    }
}
