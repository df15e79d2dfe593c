package org.demarche.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One service running from its executable jar in a JVM of its own, as {@code infra/local/run}
 * starts it: lean JVM flags, settings through environment variables only, output to a log file.
 * The end-to-end tests run the four services so; outreach's crash test kills one with SIGKILL.
 */
public final class ServiceJvm {

    /** The flags of the local stack, a little more heap: four JVMs beside the test's own on a small machine. */
    public static final List<String> JAVA_OPTIONS = List.of("-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xms32m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true");

    /** Environment variables of the test's own JVM that would otherwise configure the services behind its back. */
    private static final List<String> INHERITED_PREFIXES_DROPPED = List.of("SPRING_", "DEMARCHE_", "SERVER_", "MANAGEMENT_");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceJvm(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code java -jar <jar>} with {@code environment} on top of this JVM's environment
     * (minus anything that configures Spring or Démarche), output appended to {@code log}.
     */
    public static ServiceJvm start(String name, Path jar, int port, Path log, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No executable jar for " + name + " at " + jar
                    + ": the build makes it before the integration tests run (run the test through Maven: ./mvnw verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JAVA_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().keySet().removeIf(key -> INHERITED_PREFIXES_DROPPED.stream().anyMatch(key::startsWith));
        builder.environment().putAll(environment);
        try {
            return new ServiceJvm(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + ": " + command, e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Fails at once, with the end of the log, when the JVM has died: no point waiting for it. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with status " + process.exitValue() + "; end of " + log
                    + ":\n" + logTail(60));
        }
    }

    /** Asks the JVM to stop (SIGTERM: Spring shuts down gracefully); see {@link #awaitExit}. */
    public void stop() {
        process.destroy();
    }

    /**
     * Kills the JVM at once (SIGKILL on Linux, as {@code kill -9}: no shutdown hook, no lifecycle,
     * sockets closed by the kernel) and waits until it has ended.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " is still alive 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to die", e);
        }
    }

    /** Waits for the JVM to end after {@link #stop()}, and kills it when it takes longer than {@code grace}. */
    public void awaitExit(Duration grace) {
        try {
            process.onExit().get(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            System.out.printf("[service] %s did not stop within %d s; killing it%n", name, grace.toSeconds());
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The last {@code lines} lines of the service's log. */
    public String logTail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    public Path log() {
        return log;
    }

    @Override
    public String toString() {
        return name + " on port " + port;
    }
}
