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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.common.utils.Exit;
import org.demarche.local.mail.MailSink;
import org.demarche.local.mail.MailStore;
import org.demarche.local.mail.MailViewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The infrastructure of the one-command local stack, in one JVM: a KRaft Kafka broker, an SMTP sink
 * that keeps every message as an {@code .eml} file, and a web page listing the captured mail.
 *
 * <p>{@link #main} starts it from {@link LocalSettings#fromEnvironment()}, writes
 * {@code <data-dir>/infra.env} once everything is ready, and stops everything on SIGTERM/SIGINT.
 * Tests call {@link #start(LocalSettings)} and close the result.
 *
 * <p>The broker's log lives in a temporary directory ({@code java.io.tmpdir}) that is deleted on
 * shutdown: {@link EmbeddedKafkaKraftBroker} always formats a new cluster and gives no control over
 * its log directories, so topics do not survive a restart (the H2 databases and captured mail do).
 */
public final class LocalInfrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalInfrastructure.class);

    /** Partitions of auto-created topics: enough to show keyed ordering, few enough to start fast. */
    static final int PARTITIONS = 3;

    private final LocalSettings settings;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    private String kafkaBootstrapServers;

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
        requireFree("SMTP sink", host, this.settings.smtpPort(), "DEMARCHE_LOCAL_SMTPPORT");
        requireFree("mail viewer", host, this.settings.mailViewerPort(), "DEMARCHE_LOCAL_MAILVIEWERPORT");
        requireFree("Kafka broker", host, this.settings.kafkaPort(), "DEMARCHE_LOCAL_KAFKAPORT");

        MailStore store = MailStore.open(dataDir.resolve("mail"));
        this.mailSink = MailSink.start(host, this.settings.smtpPort(), store);
        this.started.push(this.mailSink);
        this.mailViewer = MailViewer.start(host, this.settings.mailViewerPort(), store, host + ":" + this.mailSink.port());
        this.started.push(this.mailViewer);

        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperties(brokerProperties(host, this.settings.kafkaPort()));
        broker.brokerListProperty("demarche.local.kafka-bootstrap-servers");
        // The test kit registers JVM shutdown hooks that delete the broker's temporary directories.
        // JVM hooks run concurrently, so on SIGTERM those would pull the log dirs away from under the
        // broker while it shuts down. Collect them and run them after the broker has stopped instead.
        List<Runnable> brokerCleanup = new CopyOnWriteArrayList<>();
        this.started.push(() -> brokerCleanup.forEach(Runnable::run));
        this.started.push(broker::destroy);
        Exit.setShutdownHookAdder((name, hook) -> brokerCleanup.add(hook));
        try {
            broker.afterPropertiesSet();
        }
        finally {
            Exit.resetShutdownHookAdder();
        }
        this.kafkaBootstrapServers = this.settings.kafkaPort() == 0 ? broker.getBrokersAsString()
                : host + ":" + this.settings.kafkaPort();
    }

    /**
     * The broker's configuration. KafkaClusterTestKit binds its own listeners ({@code EXTERNAL},
     * {@code CONTROLLER}) to random pre-bound ports whatever they are configured with, which is why
     * {@code kafkaPorts(9092)} has no effect on the KRaft broker. A fixed client port is therefore a
     * third listener, {@code LOCAL}, that the test kit leaves alone.
     */
    static Map<String, String> brokerProperties(String host, int port) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (port != 0) {
            properties.put("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,LOCAL://" + host + ":" + port);
            properties.put("listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,LOCAL:PLAINTEXT");
        }
        properties.put("auto.create.topics.enable", "true");
        properties.put("offsets.topic.num.partitions", "5");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.num.partitions", "5");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // A local stack produces little: small segments keep the (temporary) log dir small.
        properties.put("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
        return properties;
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
        return this.kafkaBootstrapServers;
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

    /** Stops the broker, the viewer and the SMTP sink (in that order); removes {@code infra.env}. */
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
