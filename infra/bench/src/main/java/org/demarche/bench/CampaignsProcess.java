package org.demarche.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One campaigns instance as it ships, its executable jar in a JVM of its own, named for Quartz
 * ({@code org.quartz.scheduler.instanceId}) so that the audit says which instance fired what.
 */
final class CampaignsProcess implements AutoCloseable {

    private final String instance;
    private final Process process;
    private final Path log;

    private CampaignsProcess(String instance, Process process, Path log) {
        this.instance = instance;
        this.process = process;
        this.log = log;
    }

    /**
     * @param instance the Quartz instance id; a restarted instance takes a new one, as AUTO would
     * @param settings the service's own settings ({@code --name=value}), after the infrastructure's
     */
    static CampaignsProcess start(String jar, String heap, String instance, BenchInfrastructure infrastructure,
                                  List<String> settings, Path log) throws Exception {
        return start(jar, heap, List.of(), instance, new Connections(infrastructure.bootstrapServers(),
                infrastructure.jdbcUrl(), infrastructure.user()), settings, log);
    }

    /**
     * @param javaOptions JVM options before the jar, e.g. a flight recording
     * @param instance    the Quartz instance id; a restarted instance takes a new one, as AUTO would
     * @param settings    the service's own settings ({@code --name=value}), after the infrastructure's
     */
    static CampaignsProcess start(String jar, String heap, List<String> javaOptions, String instance,
                                  Connections connections, List<String> settings, Path log) throws Exception {
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(jar + " is missing: infra/bench/run builds it");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        command.addAll(javaOptions);
        command.addAll(List.of(
                "-jar", Path.of(jar).toAbsolutePath().toString(),
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + connections.bootstrapServers(),
                "--spring.datasource.url=" + connections.jdbcUrl(),
                "--spring.datasource.username=" + connections.user(),
                "--spring.datasource.password=",
                "--spring.quartz.properties.org.quartz.scheduler.instanceId=" + instance));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new CampaignsProcess(instance, process, log);
    }

    /** Where the service finds Kafka and its database. */
    record Connections(String bootstrapServers, String jdbcUrl, String user) {
    }

    String instance() {
        return instance;
    }

    /** @throws IllegalStateException when the service died on its own, with where its log is */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("campaigns " + instance + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** SIGKILL: no shutdown hook, no Quartz standby, jobs in flight stay in flight. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: a graceful stop, as in production
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
