package org.demarche.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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

/**
 * The local stack stopped and started again on the same data dir: its broker has the topics and the
 * consumer offsets of the run before, so nothing a service published or acknowledged is lost at Ctrl-C.
 */
class LocalInfrastructureRestartIT {

    private static final String TOPIC = "demarche.outreach.v1";

    private static final String GROUP = "outreach";

    @TempDir
    Path dataDir;

    @Test
    void topicsAndCommittedOffsetsSurviveARestartOnTheSameDataDir() throws Exception {
        LocalSettings settings = LocalSettings.anyFreePorts(dataDir).withKafkaPort(LocalInfrastructureIT.freePort());
        long firstBroker;
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(settings)) {
            produce(infrastructure, "PartnerInvited", "PartnerSigned");
            assertThat(consume(infrastructure, 1)).containsExactly("PartnerInvited");
            firstBroker = infrastructure.kafkaPids().get(0);
        }
        assertThat(ProcessHandle.of(firstBroker)).as("the broker JVM after close").isEmpty();

        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(settings);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains(TOPIC);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
            assertThat(committed.get(new TopicPartition(TOPIC, 0)).offset()).isEqualTo(1);
            assertThat(consume(infrastructure, 1)).containsExactly("PartnerSigned");
        }
    }

    private static void produce(LocalInfrastructure infrastructure, String... values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (String value : values) {
                // one partition, so that "the next record" is well defined
                producer.send(new ProducerRecord<>(TOPIC, 0, "campaign-1", value)).get();
            }
        }
    }

    /** Reads {@code count} records from the group's committed offset and commits after them. */
    private static List<String> consume(LocalInfrastructure infrastructure, int count) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, count,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(Set.of(TOPIC));
            await(count + " record(s) of " + TOPIC).atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
                return values.size() >= count;
            });
            consumer.commitSync();
        }
        return values;
    }
}
