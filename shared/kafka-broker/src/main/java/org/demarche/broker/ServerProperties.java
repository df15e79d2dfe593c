package org.demarche.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code server.properties} of one combined broker-and-controller node in KRaft mode. */
final class ServerProperties {

    /** Never changed once a cluster exists: the partition of a group's offsets depends on it. */
    static final int OFFSETS_TOPIC_PARTITIONS = 10;

    /**
     * The log cleaner's dedupe buffer, 16 MiB. Kafka's default, 128 MiB, is one heap array allocated at
     * once when the cleaner starts, just after the broker registers: in the 256 MiB heap of
     * {@link KafkaClusterSettings#DEFAULT_JVM_OPTIONS} it fits only while the rest of the heap holds
     * less than about 40 MiB, so a broker sometimes died at start with "OutOfMemoryError: Java heap
     * space". 16 MiB still holds the keys of some 600 000 records per cleaning, plenty for compacting
     * the offsets topic of a test or local stack.
     */
    static final String DEDUPE_BUFFER_BYTES = Integer.toString(16 * 1024 * 1024);

    private ServerProperties() {
    }

    /**
     * Generated entries for {@code node} of {@code nodes}, then {@code overrides}. Replication follows the
     * cluster size: three copies and two in sync from three brokers up (one broker may be down without
     * refusing {@code acks=all} writes), a single copy for a single broker.
     */
    static Map<String, String> of(BrokerNode node, List<BrokerNode> nodes, Map<String, String> overrides) {
        int replication = Math.min(nodes.size(), 3);
        int minInSync = Math.max(1, replication - 1);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(node.id()));
        properties.put("controller.quorum.voters", nodes.stream().map(BrokerNode::voter).collect(Collectors.joining(",")));
        properties.put("listeners", "PLAINTEXT://" + node.host() + ":" + node.clientPort()
                + ",CONTROLLER://" + node.host() + ":" + node.controllerPort());
        properties.put("advertised.listeners", "PLAINTEXT://" + node.bootstrapServer());
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", node.logDir().toString());
        properties.put("default.replication.factor", Integer.toString(replication));
        properties.put("min.insync.replicas", Integer.toString(minInSync));
        properties.put("offsets.topic.num.partitions", Integer.toString(OFFSETS_TOPIC_PARTITIONS));
        properties.put("offsets.topic.replication.factor", Integer.toString(replication));
        properties.put("transaction.state.log.num.partitions", Integer.toString(OFFSETS_TOPIC_PARTITIONS));
        properties.put("transaction.state.log.replication.factor", Integer.toString(replication));
        properties.put("transaction.state.log.min.isr", Integer.toString(minInSync));
        properties.put("share.coordinator.state.topic.replication.factor", Integer.toString(replication));
        properties.put("share.coordinator.state.topic.min.isr", Integer.toString(minInSync));
        // a replica that was not in sync must never become leader: that would drop acknowledged records
        properties.put("unclean.leader.election.enable", "false");
        properties.put("auto.create.topics.enable", "true");
        // a new consumer group would otherwise wait 3 s for more members before its first assignment
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.cleaner.dedupe.buffer.size", DEDUPE_BUFFER_BYTES);
        properties.putAll(overrides);
        return properties;
    }

    static void write(BrokerNode node, Map<String, String> properties) {
        StringBuilder content = new StringBuilder("# Written by org.demarche.broker.KafkaCluster at each start; edits are lost.\n");
        properties.forEach((key, value) -> content.append(key).append('=').append(escape(value)).append('\n'));
        try {
            Files.createDirectories(node.directory());
            Files.writeString(node.propertiesFile(), content, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + node.propertiesFile(), ex);
        }
    }

    /** Backslashes (Windows paths) and leading spaces would be read differently by {@link java.util.Properties}. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
