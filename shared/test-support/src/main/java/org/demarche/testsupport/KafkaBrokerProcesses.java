package org.demarche.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.demarche.broker.KafkaCluster;
import org.demarche.broker.KafkaClusterSettings;

/**
 * Kafka brokers as separate JVMs (Apache Kafka's own server, the version of the clients), for the
 * tests whose subject is a broker going away: stop, {@code kill -9} and restart one with
 * {@link KafkaCluster#stop}, {@link KafkaCluster#kill} and {@link KafkaCluster#restart}. The fast
 * tests keep the in-JVM broker that {@link RealInfrastructure} gives them.
 *
 * <pre>{@code
 * @TempDir Path dir;
 * try (KafkaCluster kafka = KafkaBrokerProcesses.start(3, dir)) {
 *     KafkaTestClient client = new KafkaTestClient(KafkaBrokerProcesses.endpoint(kafka));
 *     kafka.kill(1);
 * }
 * }</pre>
 */
public final class KafkaBrokerProcesses {

    /** C1 only: a broker JVM starts faster, and a test never loads it enough to miss C2. */
    private static final List<String> JVM_OPTIONS = Stream.concat(KafkaClusterSettings.DEFAULT_JVM_OPTIONS.stream(),
            Stream.of("-XX:TieredStopAtLevel=1")).toList();

    private KafkaBrokerProcesses() {
    }

    /**
     * Starts {@code brokers} brokers on free ports of 127.0.0.1, their logs in {@code directory}, and
     * waits until each accepts clients. With three, topics get three replicas and two must be in sync.
     */
    public static KafkaCluster start(int brokers, Path directory) {
        return KafkaCluster.start(KafkaClusterSettings.of(directory, brokers).withJvmOptions(JVM_OPTIONS));
    }

    /** The cluster as the other test-support classes take it. */
    public static KafkaEndpoint endpoint(KafkaCluster cluster) {
        return new KafkaEndpoint(cluster.bootstrapServers());
    }
}
