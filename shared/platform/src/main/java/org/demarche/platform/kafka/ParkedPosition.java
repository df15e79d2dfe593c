package org.demarche.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * What a parked record carries in its headers: where it came from (topic, partition, offset and
 * the consumer group that failed it), its first failure, how many times it was parked, and when it
 * is due again.
 */
record ParkedPosition(String topic, int partition, long offset, String group, Instant firstFailure, int attempt,
                      Instant due) {

    static final String PREFIX = "demarche_retry_";
    static final String TOPIC = PREFIX + "topic";
    static final String PARTITION = PREFIX + "partition";
    static final String OFFSET = PREFIX + "offset";
    static final String GROUP = PREFIX + "group";
    static final String FIRST_FAILURE = PREFIX + "first_failure";
    static final String ATTEMPT = PREFIX + "attempt";
    static final String DUE = PREFIX + "due";

    /** The position of a record as parked, or empty for a record read from its own topic. */
    static Optional<ParkedPosition> of(ConsumerRecord<?, ?> record) {
        Headers headers = record.headers();
        if (headers.lastHeader(TOPIC) == null) {
            return Optional.empty();
        }
        return Optional.of(new ParkedPosition(text(headers, TOPIC), Integer.parseInt(text(headers, PARTITION)),
                Long.parseLong(text(headers, OFFSET)), text(headers, GROUP),
                Instant.parse(text(headers, FIRST_FAILURE)), Integer.parseInt(text(headers, ATTEMPT)),
                Instant.parse(text(headers, DUE))));
    }

    /** A record failed for the first time on its own topic. */
    static ParkedPosition firstFailure(ConsumerRecord<?, ?> record, String group, Instant now) {
        return new ParkedPosition(record.topic(), record.partition(), record.offset(), group, now, 0, now);
    }

    ParkedPosition next(Instant due) {
        return new ParkedPosition(topic, partition, offset, group, firstFailure, attempt + 1, due);
    }

    /** The headers of the record to park: its own (without an earlier parking's) and these. */
    Headers headersFor(ConsumerRecord<?, ?> record) {
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(PREFIX)) {
                headers.add(header);
            }
        }
        put(headers, TOPIC, topic);
        put(headers, PARTITION, Integer.toString(partition));
        put(headers, OFFSET, Long.toString(offset));
        put(headers, GROUP, group);
        put(headers, FIRST_FAILURE, firstFailure.toString());
        put(headers, ATTEMPT, Integer.toString(attempt));
        put(headers, DUE, due.toString());
        return headers;
    }

    /**
     * The record as read from its own topic, so that a dead letter names that topic, partition and
     * offset rather than the retry topic's.
     */
    <K, V> ConsumerRecord<K, V> original(ConsumerRecord<K, V> parked) {
        Headers headers = new RecordHeaders();
        for (Header header : parked.headers()) {
            if (!header.key().startsWith(PREFIX) || header.key().equals(GROUP)) {
                headers.add(header);
            }
        }
        return new ConsumerRecord<>(topic, partition, offset, parked.timestamp(), TimestampType.CREATE_TIME,
                parked.serializedKeySize(), parked.serializedValueSize(), parked.key(), parked.value(), headers,
                Optional.empty());
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        if (header == null) {
            throw new IllegalArgumentException("parked record has no " + key + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
