package org.demarche.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.demarche.broker.KafkaCluster;
import org.demarche.broker.KafkaClusterSettings;
import org.demarche.local.mail.MailSink;
import org.demarche.local.mail.MailStore;
import org.demarche.local.mail.MailViewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The infrastructure of the one-command local stack: an SMTP sink that keeps every message as an
 * {@code .eml} file and a web page listing the captured mail, in this JVM, and a KRaft Kafka broker
 * (Apache Kafka's own server) in a JVM of its own that this one starts and stops.
 *
 * <p>{@link #main} starts it from {@link LocalSettings#fromEnvironment()}, writes
 * {@code <data-dir>/infra.env} once everything is ready, and stops everything on SIGTERM/SIGINT.
 * Tests call {@link #start(LocalSettings)} and close the result.
 *
 * <p>The broker keeps its log in {@code <data-dir>/kafka}, formatted on the first start only, so
 * topics and consumer offsets survive a restart as the H2 databases and the captured mail do. It
 * stops with this JVM, also when this one is killed (see {@link org.demarche.broker.BrokerMain}).
 */
public final class LocalInfrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalInfrastructure.class);

    /** Partitions of auto-created topics: enough to show keyed ordering, few enough to start fast. */
    static final int PARTITIONS = 3;

    /** The broker beside four services on a laptop: C1 only, as the services (it starts faster, uses less). */
    static final List<String> BROKER_JVM_OPTIONS = Stream.concat(KafkaClusterSettings.DEFAULT_JVM_OPTIONS.stream(),
            Stream.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m")).toList();

    private final LocalSettings settings;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    private KafkaCluster kafka;

    private MailSink mailSink;

    private MailViewer mailViewer;

    private volatile boolean closed;

    private LocalInfrastructure(LocalSettings settings) {
        this.settings = settings;
    }

    /** Starts everything with the default ports, keeping state in {@code dataDir}. */
    public static LocalInfrastructure start(Path dataDir) {
        return start(LocalSettings.defaults(dataDir));
    }

    /** Starts the mail sink, the mail viewer and the broker; on failure, stops what had started. */
    public static LocalInfrastructure start(LocalSettings settings) {
        LocalInfrastructure infrastructure = new LocalInfrastructure(settings);
        try {
            infrastructure.startAll();
            return infrastructure;
        }
        catch (RuntimeException | Error ex) {
            infrastructure.close();
            throw ex;
        }
    }

    private void startAll() {
        Path dataDir = this.settings.dataDir();
        try {
            Files.createDirectories(dataDir);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not create the data dir " + dataDir, ex);
        }
        String host = this.settings.host();
        // a broker whose infrastructure JVM was killed stops by itself within seconds: let it free its port
        KafkaCluster.endLeftOverBrokers(brokerSettings(this.settings).directory(), this.settings.kafkaBrokers());
        requireFree("SMTP sink", host, this.settings.smtpPort(), "DEMARCHE_LOCAL_SMTPPORT");
        requireFree("mail viewer", host, this.settings.mailViewerPort(), "DEMARCHE_LOCAL_MAILVIEWERPORT");
        for (int port : this.settings.kafkaPorts()) {
            requireFree("Kafka broker", host, port, "DEMARCHE_LOCAL_KAFKAPORT");
        }

        MailStore store = MailStore.open(dataDir.resolve("mail"));
        this.mailSink = MailSink.start(host, this.settings.smtpPort(), store);
        this.started.push(this.mailSink);
        this.mailViewer = MailViewer.start(host, this.settings.mailViewerPort(), store, host + ":" + this.mailSink.port());
        this.started.push(this.mailViewer);

        this.kafka = KafkaCluster.start(brokerSettings(this.settings));
        this.started.push(this.kafka);
    }

    /** The brokers (one for the local stack), their logs in {@code <data-dir>/kafka}, on the configured ports. */
    static KafkaClusterSettings brokerSettings(LocalSettings settings) {
        return KafkaClusterSettings.of(settings.dataDir().resolve("kafka"), settings.kafkaBrokers())
                .withHost(settings.host())
                .withClientPorts(settings.kafkaPorts())
                .withJvmOptions(BROKER_JVM_OPTIONS)
                .withBrokerProperties(Map.of(
                        "num.partitions", Integer.toString(PARTITIONS),
                        // a local stack produces little: small segments keep the log dir small
                        "log.segment.bytes", Integer.toString(16 * 1024 * 1024)));
    }

    private static void requireFree(String what, String host, int port, String variable) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        }
        catch (IOException ex) {
            throw new PortInUseException("Port " + port + " on " + host + " (" + what + ") is in use. Stop what uses it, "
                    + "or choose another port with " + variable + " (0 = any free port).");
        }
    }

    public LocalSettings settings() {
        return this.settings;
    }

    /** {@code host:port} for {@code spring.kafka.bootstrap-servers}. */
    public String kafkaBootstrapServers() {
        return this.kafka.bootstrapServers();
    }

    /** The broker JVMs' pids, in node order (the run scripts stop them too should this JVM not). */
    public List<Long> kafkaPids() {
        return IntStream.rangeClosed(1, this.kafka.size())
                .mapToObj(id -> this.kafka.pid(id).orElseThrow(() -> new IllegalStateException("Kafka broker " + id + " is not running")))
                .toList();
    }

    /** Where the brokers keep their logs and output ({@code broker-<n>/broker.log}). */
    public Path kafkaDir() {
        return this.kafka.directory();
    }

    public String smtpHost() {
        return this.settings.host();
    }

    public int smtpPort() {
        return this.mailSink.port();
    }

    public URI mailViewerUri() {
        return this.mailViewer.uri();
    }

    public Path mailDir() {
        return this.mailSink.store().directory();
    }

    public Path envFile() {
        return this.settings.dataDir().resolve("infra.env");
    }

    /** The {@code infra.env} entries. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP", kafkaBootstrapServers());
        env.put("KAFKA_PIDS", String.join(" ", kafkaPids().stream().map(String::valueOf).toList()));
        env.put("KAFKA_DIR", kafkaDir().toString());
        env.put("SMTP_HOST", smtpHost());
        env.put("SMTP_PORT", Integer.toString(smtpPort()));
        env.put("MAIL_VIEWER_URL", mailViewerUri().toString());
        env.put("MAIL_DIR", mailDir().toString());
        env.put("PID", Long.toString(ProcessHandle.current().pid()));
        return env;
    }

    /** Writes {@code infra.env} (atomically: it appears complete or not at all). */
    public Path writeEnvFile() {
        StringBuilder content = new StringBuilder("# Written by org.demarche.local.LocalInfrastructure when ready; removed when it stops.\n");
        environment().forEach((key, value) -> content.append(key).append('=').append(value).append('\n'));
        Path target = envFile();
        Path tmp = target.resolveSibling("infra.env.part");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + target, ex);
        }
        return target;
    }

    /** Stops the broker (its JVM), the viewer and the SMTP sink (in that order); removes {@code infra.env}. */
    @Override
    public synchronized void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        try {
            Files.deleteIfExists(envFile());
        }
        catch (IOException ex) {
            log.warn("Could not delete {}: {}", envFile(), ex.toString());
        }
        while (!this.started.isEmpty()) {
            AutoCloseable component = this.started.pop();
            try {
                component.close();
            }
            catch (Exception ex) {
                log.warn("Error while stopping {}: {}", component, ex.toString());
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LocalSettings settings = LocalSettings.fromEnvironment();
        log.info("Starting the local infrastructure (data dir {})", settings.dataDir());
        long begin = System.nanoTime();
        LocalInfrastructure infrastructure;
        try {
            infrastructure = start(settings);
        }
        catch (PortInUseException ex) {
            log.error("The local infrastructure did not start: {}", ex.getMessage());
            System.exit(1);
            return;
        }
        catch (RuntimeException | Error ex) {
            log.error("The local infrastructure did not start: {}", ex.getMessage(), ex);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the local infrastructure");
            infrastructure.close();
            log.info("Stopped");
            stopped.countDown();
        }, "local-infrastructure-shutdown"));
        Path envFile = infrastructure.writeEnvFile();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        log.info("""
                Local infrastructure ready in {} ms
                  Kafka bootstrap servers  {}
                  SMTP sink                {}:{} (any recipient, no authentication)
                  Captured mail            {} (files in {})
                  Connection settings      {}""",
                took.toMillis(), infrastructure.kafkaBootstrapServers(), infrastructure.smtpHost(),
                infrastructure.smtpPort(), infrastructure.mailViewerUri(), infrastructure.mailDir(), envFile);
        stopped.await();
    }

    /** A port the local stack needs is taken: a message for the user, no stack trace. */
    public static final class PortInUseException extends IllegalStateException {

        PortInUseException(String message) {
            super(message);
        }
    }
}
