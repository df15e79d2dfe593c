package org.demarche.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of a service: its executable jar in a JVM of its own on a fixed port, started
 * again on the same port, database and settings after each kill, its output appended to one log.
 */
public final class ServiceInstance {

    /** As the local stack runs a service: lean, C1 only, serial GC; eight of them share two cores here. */
    private static final List<String> JAVA_OPTIONS = List.of("-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xms32m", "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true");
    private static final List<String> INHERITED_PREFIXES_DROPPED = List.of("SPRING_", "DEMARCHE_", "SERVER_", "MANAGEMENT_");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String service;
    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> javaOptions;
    private volatile Process process;
    private volatile int starts;

    public ServiceInstance(String service, String name, int port, Path jar, Path log, Map<String, String> environment) {
        this(service, name, port, jar, log, environment, List.of());
    }

    /** @param javaOptions JVM options after the lean defaults, e.g. a flight recording or another -Xmx */
    public ServiceInstance(String service, String name, int port, Path jar, Path log, Map<String, String> environment,
                           List<String> javaOptions) {
        this.service = service;
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = log;
        this.environment = Map.copyOf(environment);
        this.javaOptions = List.copyOf(javaOptions);
    }

    String service() {
        return service;
    }

    /** e.g. {@code outreach-2}; also its PostgreSQL application_name. */
    public String name() {
        return name;
    }

    int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    int starts() {
        return starts;
    }

    public synchronized void start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JAVA_OPTIONS);
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> INHERITED_PREFIXES_DROPPED.stream().anyMatch(key::startsWith));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
            starts++;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** {@code kill -9}: no shutdown hook, no lifecycle; waits until the JVM has ended. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " still alive 30 s after SIGKILL");
        }
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** UP on {@code /actuator/health}. */
    public boolean isUp() {
        if (!isAlive()) {
            return false;
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, then SIGKILL after {@code grace}. */
    public void stop(Duration grace) throws InterruptedException {
        Process current = process;
        if (current == null) {
            return;
        }
        current.destroy();
        if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            current.destroyForcibly().waitFor();
        }
    }

    /** {@link #stop}s them side by side; returns when all have ended. */
    public static void stopAll(java.util.Collection<ServiceInstance> instances, Duration grace) throws InterruptedException {
        List<Thread> stopping = new ArrayList<>();
        for (ServiceInstance instance : instances) {
            Thread stop = new Thread(() -> {
                try {
                    instance.stop(grace);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stop.start();
            stopping.add(stop);
        }
        for (Thread stop : stopping) {
            stop.join();
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
