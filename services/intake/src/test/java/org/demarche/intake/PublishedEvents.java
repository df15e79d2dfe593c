package org.demarche.intake;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventDeserializer;
import org.demarche.testsupport.KafkaEndpoint;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything intake has published so far, for tests that must show that something was <em>not</em>
 * published. The outbox keeps an event until Kafka acknowledged it, so once the outbox is empty
 * every event of the transactions committed before is in the topic; reading the topic up to its
 * end then sees all of them, and nothing else can still be on its way.
 */
public final class PublishedEvents {

    private final KafkaEndpoint kafka;
    private final JdbcClient jdbc;

    public PublishedEvents(KafkaEndpoint kafka, JdbcClient jdbc) {
        this.kafka = kafka;
        this.jdbc = jdbc;
    }

    /** The events on {@code topic} that match, in the order of their partition, once the outbox is empty. */
    public <E extends DemarcheEvent> List<E> all(String topic, Class<E> type, Predicate<E> match) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single() == 0);
        List<E> found = new ArrayList<>();
        EventDeserializer deserializer = new EventDeserializer();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "intake-test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within 30 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.offset() >= ends.get(new TopicPartition(topic, record.partition()))) {
                        continue;
                    }
                    DemarcheEvent event = read(deserializer, record);
                    if (event != null && type.isInstance(event) && match.test(type.cast(event))) {
                        found.add(type.cast(event));
                    }
                }
            }
        }
        return found;
    }

    /** The event, or null for a record that is not one (this topic is shared with every test class of the JVM). */
    private static DemarcheEvent read(EventDeserializer deserializer, ConsumerRecord<String, byte[]> record) {
        try {
            return deserializer.deserialize(record.topic(), record.headers(), record.value()).payload();
        } catch (RuntimeException notAnEvent) {
            return null;
        }
    }
}
