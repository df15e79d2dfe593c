package org.demarche.intake;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventDeserializer;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
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
        try (var client = new KafkaTestClient(kafka)) {
            for (ConsumerRecord<String, byte[]> record : client.readToEnd(topic)) {
                DemarcheEvent event = read(deserializer, record);
                if (event != null && type.isInstance(event) && match.test(type.cast(event))) {
                    found.add(type.cast(event));
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
