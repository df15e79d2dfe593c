package org.demarche.platform.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.demarche.events.CloudEventHeaders;
import org.demarche.platform.kafka.DeadLetterReason;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Reads dead-letter topics from beginning to end with a consumer of its own that belongs to no
 * group and commits nothing, so that reading them never moves anything on. A replayed dead letter
 * is followed in its topic by a marker ({@value #REPLAY_OF} header): the topic alone tells what is
 * still pending, to any service that reads it.
 */
class DeadLetterTopics {

    static final String REPLAY_OF = "demarche_dlt_replay_of";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_AT_MOST = Duration.ofSeconds(20);

    private final Map<String, Object> consumerSettings;

    DeadLetterTopics(ConsumerFactory<?, ?> consumers) {
        Map<String, Object> settings = new HashMap<>(consumers.getConfigurationProperties());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumerSettings = settings;
    }

    /** Every dead letter of {@code topics} not yet replayed, with its raw record. */
    List<Pending> pending(Set<String> topics) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Set<String> replayed = new HashSet<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(consumerSettings)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
            long deadline = System.nanoTime() + READ_AT_MOST.toNanos();
            while (!readToEnd(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("dead-letter topics " + topics + " could not be read to their end in "
                            + READ_AT_MOST);
                }
                for (var record : consumer.poll(POLL)) {
                    String replayOf = text(record.headers(), REPLAY_OF);
                    if (replayOf != null) {
                        replayed.add(record.topic() + "/" + replayOf);
                    } else if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records.stream()
                .filter(record -> !replayed.contains(record.topic() + "/" + record.partition() + "/" + record.offset()))
                .map(Pending::of)
                .toList();
    }

    private static boolean readToEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (var end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    static String marker(int partition, long offset) {
        return partition + "/" + offset;
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A dead letter as listed, and the record to replay. */
    record Pending(DeadLetter letter, ConsumerRecord<String, byte[]> record) {

        static Pending of(ConsumerRecord<String, byte[]> record) {
            Headers headers = record.headers();
            Header originalOffset = headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
            Header originalTopic = headers.lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC);
            String topic = originalTopic == null ? record.topic().replaceFirst("-dlt$", "")
                    : new String(originalTopic.value(), StandardCharsets.UTF_8);
            var letter = new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), topic,
                    text(headers, DeadLetterReason.GROUP_HEADER), text(headers, CloudEventHeaders.TYPE),
                    text(headers, CloudEventHeaders.ID), text(headers, DeadLetterReason.HEADER),
                    Instant.ofEpochMilli(record.timestamp()));
            return new Pending(letter, record);
        }

        long originalOffset() {
            Header header = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
            return header == null ? -1 : ByteBuffer.wrap(header.value()).getLong();
        }
    }
}
