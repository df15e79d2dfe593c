package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demarche.broker.KafkaCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerProcessesIT {

    @TempDir
    Path dir;

    @Test
    void aBrokerProcessKeepsWhatItAcceptedWhenItIsKilledAndStartedAgain() {
        String topic = "demarche.test-support." + UUID.randomUUID();
        try (KafkaCluster kafka = KafkaBrokerProcesses.start(1, dir)) {
            try (KafkaTestClient client = new KafkaTestClient(KafkaBrokerProcesses.endpoint(kafka))) {
                client.sendRaw(topic, "campaign-1", "accepted".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
                assertThat(client.awaitRawRecords(topic, 1, Duration.ofSeconds(30))).hasSize(1);
            }

            kafka.kill(1);
            kafka.restart(1);

            try (KafkaTestClient client = new KafkaTestClient(KafkaBrokerProcesses.endpoint(kafka))) {
                List<ConsumerRecord<String, byte[]>> records = client.readToEnd(topic);
                assertThat(records).extracting(ConsumerRecord::key).containsExactly("campaign-1");
            }
        }
    }
}
