package org.demarche.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka brokers as separate JVMs running Apache Kafka's own server in KRaft mode, every node a broker
 * and a controller. The directory keeps the cluster id and each broker's log: started again on the
 * same directory, the cluster has its topics and consumer offsets back (the storage is formatted only
 * the first time).
 *
 * <pre>{@code
 * try (KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(dir, 3))) {
 *     kafka.bootstrapServers();   // "127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3"
 *     kafka.kill(2);              // SIGKILL
 *     kafka.restart(2);           // back, and accepting clients
 * }
 * }</pre>
 */
public final class KafkaCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaCluster.class);

    /** How long a graceful stop may take before SIGKILL. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final KafkaClusterSettings settings;

    private final List<BrokerProcess> brokers;

    private boolean closed;

    private KafkaCluster(KafkaClusterSettings settings, List<BrokerProcess> brokers) {
        this.settings = settings;
        this.brokers = brokers;
    }

    /** Writes each broker's configuration, starts them all and waits until each accepts clients. */
    public static KafkaCluster start(KafkaClusterSettings settings) {
        try {
            Files.createDirectories(settings.directory());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not create " + settings.directory(), ex);
        }
        ClusterIdentity identity = ClusterIdentity.readOrCreate(settings.directory(), settings.size());
        endLeftOverBrokers(settings.directory(), settings.size());
        List<BrokerNode> nodes = new ArrayList<>();
        for (int id = 1; id <= settings.size(); id++) {
            nodes.add(BrokerNode.in(settings.directory(), id, settings.host(), portOrFree(settings.host(), settings.clientPort(id)),
                    freePort(settings.host())));
        }
        List<BrokerProcess> brokers = new ArrayList<>();
        for (BrokerNode node : nodes) {
            ServerProperties.write(node, ServerProperties.of(node, nodes, settings.brokerProperties()));
            brokers.add(new BrokerProcess(node, BrokerCommand.of(settings.jvmOptions(), node, identity.clusterId())));
        }
        KafkaCluster cluster = new KafkaCluster(settings, List.copyOf(brokers));
        try {
            // all at once: with more than one node, none is ready before a majority of controllers runs
            brokers.forEach(BrokerProcess::start);
            Instant deadline = Instant.now().plus(settings.startTimeout());
            brokers.forEach(broker -> broker.awaitReady(deadline));
        }
        catch (RuntimeException | Error ex) {
            cluster.close();
            throw ex;
        }
        log.info("Kafka cluster {} ready: {}", identity.clusterId(), cluster.bootstrapServers());
        return cluster;
    }

    /**
     * Waits for the brokers that an earlier run on {@code directory} left behind (their JVM that
     * started them was killed) to stop, killing any that hangs, so that their ports and log dirs are
     * free; refuses if they belong to a cluster that still runs.
     */
    public static void endLeftOverBrokers(Path directory, int size) {
        for (int id = 1; id <= size; id++) {
            StaleBroker.endLeftOver(BrokerNode.in(directory.toAbsolutePath().normalize(), id, "", 0, 0));
        }
    }

    public KafkaClusterSettings settings() {
        return settings;
    }

    public Path directory() {
        return settings.directory();
    }

    public int size() {
        return brokers.size();
    }

    /** Every broker's {@code host:port}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return brokers.stream().map(broker -> broker.node().bootstrapServer()).collect(Collectors.joining(","));
    }

    /** One broker's {@code host:port}. */
    public String bootstrapServer(int nodeId) {
        return broker(nodeId).node().bootstrapServer();
    }

    /** The broker's log directory (topics, offsets, metadata). */
    public Path logDir(int nodeId) {
        return broker(nodeId).node().logDir();
    }

    /** The broker JVM's output. */
    public Path outputFile(int nodeId) {
        return broker(nodeId).node().outputFile();
    }

    /** The broker JVM's pid, while it runs. */
    public Optional<Long> pid(int nodeId) {
        return broker(nodeId).pid();
    }

    public boolean isRunning(int nodeId) {
        return broker(nodeId).isAlive();
    }

    /** Stops one broker gracefully (SIGTERM; SIGKILL after {@link #STOP_GRACE}). */
    public void stop(int nodeId) {
        BrokerProcess broker = broker(nodeId);
        broker.signalStop();
        broker.awaitStopped(STOP_GRACE);
    }

    /** Kills one broker with SIGKILL and waits until it is gone. */
    public void kill(int nodeId) {
        broker(nodeId).kill();
    }

    /** Starts a stopped or killed broker again, with the same ports and log, and waits until it accepts clients. */
    public void restart(int nodeId) {
        BrokerProcess broker = broker(nodeId);
        if (broker.isAlive()) {
            stop(nodeId);
        }
        broker.start();
        broker.awaitReady(Instant.now().plus(settings.startTimeout()));
    }

    /**
     * Stops every broker, all at once: one by one, the last brokers would wait for a controller
     * majority that is already gone.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        brokers.forEach(BrokerProcess::signalStop);
        brokers.forEach(broker -> broker.awaitStopped(STOP_GRACE));
        log.info("Kafka cluster in {} stopped", settings.directory());
    }

    private BrokerProcess broker(int nodeId) {
        if (nodeId < 1 || nodeId > brokers.size()) {
            throw new IllegalArgumentException("No broker " + nodeId + ": node ids are 1.." + brokers.size());
        }
        return brokers.get(nodeId - 1);
    }

    private static int portOrFree(String host, int port) {
        return port != 0 ? port : freePort(host);
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("No free port on " + host, ex);
        }
    }
}
