package org.demarche.bench;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The outreach service as it ships, its executable jar in a JVM of its own with the heap the
 * benchmark allows, logging its garbage collections so that the heap's peak can be read.
 */
final class OutreachProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private OutreachProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static OutreachProcess start(Bench.Settings settings, BenchInfrastructure infrastructure, Path gcLog, Path log)
            throws Exception {
        Path jar = Path.of(settings.outreachJar());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: infra/bench/run builds it");
        }
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(), "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog.toAbsolutePath(),
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        String extra = System.getenv("BENCH_OUTREACH_JAVA_OPTS"); // e.g. a flight recording, to see where time goes
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "--spring.datasource.url=" + infrastructure.jdbcUrl(),
                "--spring.datasource.username=" + infrastructure.user(),
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + infrastructure.smtpPort(),
                "--demarche.outreach.token-secret=benchmark-secret-of-at-least-thirty-two-bytes"));
        String overrides = System.getenv("BENCH_OUTREACH_ARGS"); // e.g. --demarche.outreach.delivery.connections=4
        if (overrides != null && !overrides.isBlank()) {
            command.addAll(List.of(overrides.strip().split("\\s+")));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        return new OutreachProcess(process, log);
    }

    /** @throws IllegalStateException when the service died, with where its log is */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("outreach exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** The processor time the service has used so far, all its threads together (zero where the system does not tell). */
    java.time.Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: a graceful stop, as in production
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

}
