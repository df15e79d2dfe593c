package org.demarche.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * Three Apache Kafka brokers, each {@code kafka.Kafka} in a JVM of its own, in KRaft mode with
 * every node both broker and controller: replication factor 3, {@code min.insync.replicas=2}, so
 * one broker may go away without any write being refused. Their logs stay in {@code dir}, so a
 * broker killed and started again comes back with its data, as a real one would.
 *
 * <p>The brokers run from this benchmark's own executable jar (which carries {@code kafka_2.13})
 * through Spring Boot's {@code PropertiesLauncher}: a JDK is all it needs.
 */
final class KafkaCluster implements AutoCloseable {

    static final int SIZE = 3;
    private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dir;
    private final List<Node> nodes;
    private final Process[] processes = new Process[SIZE];

    private record Node(int id, int port, int controllerPort, Path properties, Path log) {
    }

    private KafkaCluster(Path dir, List<Node> nodes) {
        this.dir = dir;
        this.nodes = nodes;
    }

    static KafkaCluster start(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<Integer> ports = FreePorts.take(2 * SIZE);
        String voters = java.util.stream.IntStream.range(0, SIZE)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + ports.get(SIZE + i)).collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            int id = i + 1;
            var node = new Node(id, ports.get(i), ports.get(SIZE + i), dir.resolve("broker-" + id + ".properties"),
                    dir.resolve("broker-" + id + ".log"));
            Files.writeString(node.properties(), properties(node, voters, dir.resolve("broker-" + id)));
            nodes.add(node);
        }
        var cluster = new KafkaCluster(dir, nodes);
        try {
            for (Node node : nodes) {
                cluster.format(node, clusterId);
            }
            for (int i = 0; i < SIZE; i++) {
                cluster.startNode(i);
            }
            cluster.awaitBrokers(SIZE);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String bootstrapServers() {
        return nodes.stream().map(node -> "127.0.0.1:" + node.port()).collect(Collectors.joining(","));
    }

    /** {@code kill -9} of broker {@code index} (0-based). */
    void kill(int index) throws InterruptedException {
        processes[index].destroyForcibly();
        processes[index].waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts broker {@code index} again on its own log and waits until the cluster counts it. */
    void restart(int index) throws Exception {
        startNode(index);
        awaitBrokers(SIZE);
    }

    private void startNode(int index) throws IOException {
        Node node = nodes.get(index);
        processes[index] = java(List.of("-Dloader.main=kafka.Kafka", LAUNCHER, node.properties().toString()), node.log());
    }

    private void format(Node node, String clusterId) throws Exception {
        Process format = java(List.of("-Dloader.main=kafka.tools.StorageTool", LAUNCHER, "format",
                "-t", clusterId, "-c", node.properties().toString()), dir.resolve("format-" + node.id() + ".log"));
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting broker " + node.id() + " failed; see "
                    + dir.resolve("format-" + node.id() + ".log"));
        }
    }

    private void awaitBrokers(int count) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000))) {
            while (true) {
                for (int i = 0; i < SIZE; i++) {
                    if (processes[i] != null && !processes[i].isAlive()) {
                        throw new IllegalStateException("broker " + (i + 1) + " exited; see " + nodes.get(i).log());
                    }
                }
                try {
                    if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() >= count) {
                        return;
                    }
                } catch (Exception notYet) {
                    // the quorum is still electing its leader
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the Kafka cluster did not count " + count + " brokers within "
                            + START_TIMEOUT + "; see " + dir);
                }
                Thread.sleep(500);
            }
        }
    }

    private static Process java(List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-Dlogback.configurationFile=" + logbackFor(log.getParent()),
                "-cp", ownJar()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** The broker's own log at INFO: what a failed election or a refused write needs. */
    private static Path logbackFor(Path dir) throws IOException {
        Path config = dir.resolve("broker-logback.xml");
        if (!Files.exists(config)) {
            Files.writeString(config, """
                    <configuration>
                        <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                            <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
                        </appender>
                        <root level="INFO"><appender-ref ref="out"/></root>
                        <logger name="org.apache.kafka.clients" level="WARN"/>
                    </configuration>
                    """);
        }
        return config;
    }

    private static String ownJar() {
        String path = KafkaCluster.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        // inside the executable jar the location is jar:nested:/…/bench.jar/!BOOT-INF/classes/!/
        int nested = path.indexOf(".jar");
        String jar = nested < 0 ? path : path.substring(path.lastIndexOf(':', nested) + 1, nested + 4);
        if (!jar.endsWith(".jar")) {
            throw new IllegalStateException("the brokers run from the benchmark's executable jar (infra/bench/run)");
        }
        return jar;
    }

    private static String properties(Node node, String voters, Path logDir) {
        return """
                process.roles=broker,controller
                node.id=%d
                controller.quorum.voters=%s
                listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                advertised.listeners=PLAINTEXT://127.0.0.1:%d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%s
                num.partitions=6
                default.replication.factor=3
                min.insync.replicas=2
                offsets.topic.replication.factor=3
                offsets.topic.num.partitions=6
                transaction.state.log.replication.factor=3
                transaction.state.log.min.isr=2
                share.coordinator.state.topic.replication.factor=3
                share.coordinator.state.topic.min.isr=2
                group.initial.rebalance.delay.ms=0
                num.io.threads=2
                num.network.threads=2
                background.threads=2
                log.segment.bytes=67108864
                """.formatted(node.id(), voters, node.port(), node.controllerPort(), node.port(), logDir);
    }

    @Override
    public void close() {
        for (Process process : processes) {
            if (process != null) {
                process.destroy();
            }
        }
        for (Process process : processes) {
            if (process != null) {
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
