package org.demarche.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One broker JVM: started, awaited, stopped or killed by {@link KafkaCluster}. */
final class BrokerProcess {

    private static final Logger log = LoggerFactory.getLogger(BrokerProcess.class);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final BrokerNode node;

    private final List<String> command;

    private Process process;

    BrokerProcess(BrokerNode node, List<String> command) {
        this.node = node;
        this.command = List.copyOf(command);
    }

    BrokerNode node() {
        return node;
    }

    synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException("Broker " + node.id() + " already runs (pid " + process.pid() + ")");
        }
        StaleBroker.endLeftOver(node);
        try {
            Files.createDirectories(node.directory());
            // the output of this run and of the one before, as the run scripts keep their JVMs' logs
            if (Files.exists(node.outputFile())) {
                Files.move(node.outputFile(), node.previousOutputFile(), StandardCopyOption.REPLACE_EXISTING);
            }
            process = new ProcessBuilder(command)
                    .directory(node.directory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(node.outputFile().toFile())
                    .start();
            Files.writeString(node.pidFile(), Long.toString(process.pid()), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start broker " + node.id() + ": " + command, ex);
        }
        log.info("Broker {} starting (pid {}) on {}, output in {}", node.id(), process.pid(), node.bootstrapServer(), node.outputFile());
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized Optional<Long> pid() {
        return isAlive() ? Optional.of(process.pid()) : Optional.empty();
    }

    /**
     * Waits until this very process serves requests (a broker-config request goes to the node it names,
     * so another node's answer cannot count) and the cluster lists it as a live broker.
     */
    void awaitReady(Instant deadline) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, node.bootstrapServer(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500))) {
            ConfigResource self = new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(node.id()));
            while (true) {
                if (!isAlive()) {
                    throw new BrokerFailedException("Broker " + node.id() + " stopped while starting (exit status "
                            + current().exitValue() + ")", node);
                }
                try {
                    if (!listening()) {
                        throw new TimeoutException("not listening yet");
                    }
                    admin.describeConfigs(List.of(self)).all().get(3, TimeUnit.SECONDS);
                    if (admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).stream().map(Node::id)
                            .anyMatch(id -> id == node.id())) {
                        return;
                    }
                }
                catch (ExecutionException | TimeoutException notYet) {
                    // not listening, not caught up with the metadata log, or not registered yet
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new BrokerFailedException("Broker " + node.id() + " did not accept clients on "
                            + node.bootstrapServer() + " in time", node);
                }
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for broker " + node.id(), ex);
        }
    }

    /**
     * Whether the client port accepts connections. Checked before the Admin client tries: that one
     * would log a warning for each refused connection while the JVM starts.
     */
    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(node.host(), node.clientPort()), 500);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** SIGTERM: Kafka's shutdown hook moves leadership away and closes the log cleanly. */
    synchronized void signalStop() {
        if (isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the end after {@link #signalStop()}; SIGKILL if it takes longer than {@code grace}. */
    void awaitStopped(Duration grace) {
        Process running = current();
        if (running == null) {
            return;
        }
        try {
            if (!running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Broker {} (pid {}) still runs after {} s: killing it", node.id(), running.pid(), grace.toSeconds());
                running.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException ex) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deletePidFile();
    }

    /** SIGKILL, as a crash or {@code kill -9} would: no shutdown hook, the log as it was on disk. */
    void kill() {
        Process running = current();
        if (running == null) {
            return;
        }
        try {
            running.destroyForcibly().waitFor();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        deletePidFile();
    }

    /** The last process started, or null; waiting on it happens outside the lock so that others may ask. */
    private synchronized Process current() {
        return process;
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(node.pidFile());
        }
        catch (IOException ex) {
            log.warn("Could not delete {}: {}", node.pidFile(), ex.toString());
        }
    }
}
