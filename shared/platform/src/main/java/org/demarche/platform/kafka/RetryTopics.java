package org.demarche.platform.kafka;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Where a consumer group parks the records it will try again later: one retry topic per topic and
 * group, so that a record parked by one service is retried by that service only (the others have
 * handled it already), and by the listener that consumes the topic.
 */
public final class RetryTopics {

    private RetryTopics() {
    }

    public static String of(String topic, String group) {
        return topic + "-retry-" + group.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * A dead letter sent back to the group that gave up on it, due at once, counted as a first
     * failure at {@code now} (so it gets the whole transient window again). Its value and event
     * headers are the original's; the dead-letter headers are left behind.
     */
    public static ProducerRecord<Object, Object> replay(ConsumerRecord<String, byte[]> deadLetter,
                                                        String originalTopic, long originalOffset, String group,
                                                        Instant now) {
        var original = new ConsumerRecord<Object, Object>(originalTopic, deadLetter.partition(), originalOffset,
                deadLetter.key(), deadLetter.value());
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-") && !header.key().startsWith("demarche_dlt_")) {
                original.headers().add(header);
            }
        }
        ParkedPosition position = ParkedPosition.firstFailure(original, group, now).next(now);
        return new ProducerRecord<>(of(originalTopic, group), deadLetter.partition(), deadLetter.key(),
                deadLetter.value(), position.headersFor(original));
    }
}
