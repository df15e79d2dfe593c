package org.demarche.broker;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServerPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void threeBrokersKeepThreeCopiesAndTwoInSync() {
        List<BrokerNode> nodes = List.of(node(1, 9101, 9201), node(2, 9102, 9202), node(3, 9103, 9203));

        Map<String, String> properties = ServerProperties.of(nodes.get(1), nodes, Map.of());

        assertThat(properties).containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "2")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:9201,2@127.0.0.1:9202,3@127.0.0.1:9203")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9102,CONTROLLER://127.0.0.1:9202")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9102")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", dir.resolve("broker-2/data").toString())
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("unclean.leader.election.enable", "false")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("log.cleaner.dedupe.buffer.size", "16777216");
    }

    @Test
    void aSingleBrokerKeepsOneCopyOfEverything() {
        BrokerNode only = node(1, 9092, 9093);

        Map<String, String> properties = ServerProperties.of(only, List.of(only), Map.of());

        assertThat(properties).containsEntry("controller.quorum.voters", "1@127.0.0.1:9093")
                .containsEntry("default.replication.factor", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1");
    }

    @Test
    void givenPropertiesReplaceGeneratedOnes() {
        BrokerNode only = node(1, 9092, 9093);

        Map<String, String> properties = ServerProperties.of(only, List.of(only), Map.of("num.partitions", "3", "min.insync.replicas", "1"));

        assertThat(properties).containsEntry("num.partitions", "3").containsEntry("min.insync.replicas", "1");
    }

    @Test
    void writesAFileThatKafkaReadsBackUnchanged() throws IOException {
        BrokerNode only = node(1, 9092, 9093);
        Map<String, String> generated = ServerProperties.of(only, List.of(only), Map.of("log.dir.note", "C:\\kafka\\data"));

        ServerProperties.write(only, generated);

        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(only.propertiesFile(), StandardCharsets.UTF_8)) {
            read.load(reader);
        }
        assertThat(read).containsExactlyInAnyOrderEntriesOf(generated);
    }

    @Test
    void theClusterIdIsKeptInTheDirectoryAndTheSizeMustMatch() {
        ClusterIdentity created = ClusterIdentity.readOrCreate(dir, 3);

        assertThat(ClusterIdentity.readOrCreate(dir, 3)).isEqualTo(created);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> ClusterIdentity.readOrCreate(dir, 1))
                .withMessageContaining("holds a cluster of 3 broker(s), not 1");
    }

    private BrokerNode node(int id, int clientPort, int controllerPort) {
        return BrokerNode.in(dir, id, "127.0.0.1", clientPort, controllerPort);
    }
}
