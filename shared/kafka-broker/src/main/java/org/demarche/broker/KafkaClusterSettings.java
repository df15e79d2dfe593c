package org.demarche.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link KafkaCluster} starts.
 *
 * @param directory        holds the cluster id and, per broker, its {@code server.properties}, log dir and output;
 *                         kept across restarts
 * @param size             number of brokers (each one also a controller); node ids are 1..size
 * @param host             the address every listener binds to and advertises
 * @param clientPorts      the client port of each broker, in node order; 0 = a free port, chosen at start and kept
 *                         until the cluster is closed (an empty list = all free)
 * @param jvmOptions       options of each broker JVM
 * @param brokerProperties added to (or replacing) the generated {@code server.properties} entries
 * @param startTimeout     how long a broker may take to accept clients
 */
public record KafkaClusterSettings(Path directory, int size, String host, List<Integer> clientPorts,
        List<String> jvmOptions, Map<String, String> brokerProperties, Duration startTimeout) {

    /**
     * Three brokers fit a laptop: a small heap is plenty for a test or demo load; Serial GC, one GC
     * thread, no parallel collector's per-core memory. The heap dump on OOM is not wanted in a data dir.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms64m", "-Xmx256m", "-Xss512k",
            "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=160m", "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");

    public KafkaClusterSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(host, "host");
        directory = directory.toAbsolutePath().normalize();
        if (size < 1) {
            throw new IllegalArgumentException("A cluster needs at least one broker, got " + size);
        }
        clientPorts = List.copyOf(clientPorts);
        if (!clientPorts.isEmpty() && clientPorts.size() != size) {
            throw new IllegalArgumentException(size + " brokers need " + size + " client ports, got " + clientPorts);
        }
        clientPorts.forEach(port -> {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Invalid client port: " + port);
            }
        });
        jvmOptions = List.copyOf(jvmOptions);
        brokerProperties = Collections.unmodifiableMap(new LinkedHashMap<>(brokerProperties));
        Objects.requireNonNull(startTimeout, "startTimeout");
    }

    /** {@code size} brokers on free ports of 127.0.0.1, keeping their state in {@code directory}. */
    public static KafkaClusterSettings of(Path directory, int size) {
        return new KafkaClusterSettings(directory, size, "127.0.0.1", List.of(), DEFAULT_JVM_OPTIONS, Map.of(),
                Duration.ofSeconds(120));
    }

    public KafkaClusterSettings withHost(String host) {
        return new KafkaClusterSettings(directory, size, host, clientPorts, jvmOptions, brokerProperties, startTimeout);
    }

    public KafkaClusterSettings withClientPorts(List<Integer> ports) {
        return new KafkaClusterSettings(directory, size, host, ports, jvmOptions, brokerProperties, startTimeout);
    }

    public KafkaClusterSettings withJvmOptions(List<String> options) {
        return new KafkaClusterSettings(directory, size, host, clientPorts, options, brokerProperties, startTimeout);
    }

    public KafkaClusterSettings withBrokerProperties(Map<String, String> properties) {
        return new KafkaClusterSettings(directory, size, host, clientPorts, jvmOptions, properties, startTimeout);
    }

    public KafkaClusterSettings withStartTimeout(Duration timeout) {
        return new KafkaClusterSettings(directory, size, host, clientPorts, jvmOptions, brokerProperties, timeout);
    }

    /** The configured client port of node {@code nodeId} (1-based); 0 = any free port. */
    int clientPort(int nodeId) {
        return clientPorts.isEmpty() ? 0 : clientPorts.get(nodeId - 1);
    }
}
