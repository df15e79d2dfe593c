package org.demarche.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaClusterIT {

    @TempDir
    Path dir;

    @Test
    void threeBrokersKeepAcceptingAndServingRecordsWhenTheLeaderIsKilled() throws Exception {
        try (KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(dir, 3));
                Admin admin = admin(kafka);
                KafkaProducer<String, String> producer = producer(kafka)) {
            String topic = "campaigns-" + UUID.randomUUID();
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 3))).all().get();
            producer.send(new ProducerRecord<>(topic, "campaign-1", "before")).get();

            int leader = describe(admin, topic).partitions().get(0).leader().id();
            long leaderPid = kafka.pid(leader).orElseThrow();
            kafka.kill(leader);

            assertThat(ProcessHandle.of(leaderPid)).isEmpty();
            assertThat(kafka.isRunning(leader)).isFalse();
            // acks=all with two of three replicas in sync: accepted once a new leader is elected
            producer.send(new ProducerRecord<>(topic, "campaign-1", "after")).get();
            assertThat(consumeAll(kafka, topic, "reader", 2)).containsExactly("before", "after");

            kafka.restart(leader);

            assertThat(kafka.isRunning(leader)).isTrue();
            await("broker " + leader + " back in sync").atMost(Duration.ofSeconds(60))
                    .until(() -> describe(admin, topic).partitions().get(0).isr().size() == 3);
            producer.send(new ProducerRecord<>(topic, "campaign-1", "restarted")).get();
        }
    }

    @Test
    void aBrokerStartedAgainOnItsDirectoryHasItsTopicsAndCommittedOffsets() throws Exception {
        String topic = "outreach-" + UUID.randomUUID();
        long firstPid;
        try (KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(dir, 1));
                KafkaProducer<String, String> producer = producer(kafka)) {
            producer.send(new ProducerRecord<>(topic, "campaign-2", "one")).get();
            producer.send(new ProducerRecord<>(topic, "campaign-2", "two")).get();
            assertThat(consumeAll(kafka, topic, "reader", 1)).containsExactly("one");
            firstPid = kafka.pid(1).orElseThrow();
        }
        assertThat(ProcessHandle.of(firstPid)).isEmpty();
        assertThat(dir.resolve("broker-1/broker.pid")).doesNotExist();

        try (KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(dir, 1)); Admin admin = admin(kafka)) {
            assertThat(admin.listTopics().names().get()).contains(topic);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("reader")
                    .partitionsToOffsetAndMetadata().get();
            assertThat(committed.get(new TopicPartition(topic, 0)).offset()).isEqualTo(1);
            assertThat(consumeAll(kafka, topic, "reader", 1)).containsExactly("two");
        }
        assertThat(Files.readString(dir.resolve("broker-1/broker.log.1")) + Files.readString(dir.resolve("broker-1/broker.log")))
                .containsOnlyOnce("Formatting metadata directory");
    }

    /**
     * The log cleaner allocates its dedupe buffer in one piece just after the broker registers. With
     * Kafka's default buffer (128 MiB) this broker always dies: its old generation is two thirds of
     * 160 MiB. In the default 256 MiB heap the default buffer fit only sometimes.
     */
    @Test
    void aBrokerStartsAndServesInA160MiBHeap() throws Exception {
        List<String> smallHeap = KafkaClusterSettings.DEFAULT_JVM_OPTIONS.stream()
                .map(option -> option.startsWith("-Xmx") ? "-Xmx160m" : option).toList();
        try (KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(dir, 1).withJvmOptions(smallHeap));
                KafkaProducer<String, String> producer = producer(kafka)) {
            String topic = "dashboard-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>(topic, "campaign-3", "small")).get();
            assertThat(consumeAll(kafka, topic, "reader", 1)).containsExactly("small");
            assertThat(kafka.isRunning(1)).isTrue();
        }
    }

    /** Reads {@code count} records as group {@code group} from its committed offset (or the beginning) and commits. */
    private static List<String> consumeAll(KafkaCluster kafka, String topic, String group, int count) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, count,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(Set.of(topic));
            await(count + " records of " + topic).atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
                return values.size() >= count;
            });
            consumer.commitSync();
        }
        return values;
    }

    private static KafkaProducer<String, String> producer(KafkaCluster kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static Admin admin(KafkaCluster kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private static TopicDescription describe(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    }
}
