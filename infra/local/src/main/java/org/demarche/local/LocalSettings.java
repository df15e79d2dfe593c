package org.demarche.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Where the local stack keeps its state and on which ports it listens.
 *
 * <p>Each value comes from a system property ({@code demarche.local.*}), else from the matching
 * environment variable (Spring's relaxed-binding spelling, {@code DEMARCHE_LOCAL_*}), else from the
 * default. A port of {@code 0} means "any free port" (tests use that).
 *
 * @param dataDir        databases, captured mail, logs and {@code infra.env} live here
 * @param host           the address every listener binds to and advertises
 * @param kafkaPort      the first broker's client port (default 9092); broker n listens on {@code kafkaPort + n - 1}
 * @param kafkaBrokers   how many brokers (default 1; {@code infra/cluster/run} runs 3)
 * @param smtpPort       the SMTP sink's port (default 3025)
 * @param mailViewerPort the captured-mail web page's port (default 8025)
 */
public record LocalSettings(Path dataDir, String host, int kafkaPort, int kafkaBrokers, int smtpPort, int mailViewerPort) {

    public static final String DEFAULT_DATA_DIR = "infra/local/data";
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_SMTP_PORT = 3025;
    public static final int DEFAULT_MAIL_VIEWER_PORT = 8025;

    public LocalSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        dataDir = dataDir.toAbsolutePath().normalize();
        checkPort("kafka", kafkaPort);
        if (kafkaBrokers < 1) {
            throw new IllegalArgumentException("At least one Kafka broker is needed, got " + kafkaBrokers);
        }
        checkPort("smtp", smtpPort);
        checkPort("mail viewer", mailViewerPort);
    }

    /** The default ports on 127.0.0.1, keeping state in {@code dataDir}. */
    public static LocalSettings defaults(Path dataDir) {
        return new LocalSettings(dataDir, "127.0.0.1", DEFAULT_KAFKA_PORT, 1, DEFAULT_SMTP_PORT, DEFAULT_MAIL_VIEWER_PORT);
    }

    /** Free ports chosen by the operating system, keeping state in {@code dataDir}. */
    public static LocalSettings anyFreePorts(Path dataDir) {
        return new LocalSettings(dataDir, "127.0.0.1", 0, 1, 0, 0);
    }

    public LocalSettings withKafkaPort(int port) {
        return new LocalSettings(dataDir, host, port, kafkaBrokers, smtpPort, mailViewerPort);
    }

    public LocalSettings withKafkaBrokers(int brokers) {
        return new LocalSettings(dataDir, host, kafkaPort, brokers, smtpPort, mailViewerPort);
    }

    /** The client port of each broker, in node order (all 0 = free ports). */
    public List<Integer> kafkaPorts() {
        return IntStream.range(0, kafkaBrokers).map(n -> kafkaPort == 0 ? 0 : kafkaPort + n).boxed().toList();
    }

    /** Reads system properties, then the environment. */
    public static LocalSettings fromEnvironment() {
        return from(System::getProperty, System.getenv());
    }

    static LocalSettings from(UnaryOperator<String> systemProperties, Map<String, String> environment) {
        Lookup lookup = new Lookup(systemProperties, environment);
        String dataDir = lookup.get("demarche.local.data-dir", "DEMARCHE_LOCAL_DATADIR", DEFAULT_DATA_DIR);
        return new LocalSettings(
                resolveDataDir(dataDir),
                lookup.get("demarche.local.host", "DEMARCHE_LOCAL_HOST", "127.0.0.1"),
                lookup.port("demarche.local.kafka-port", "DEMARCHE_LOCAL_KAFKAPORT", DEFAULT_KAFKA_PORT),
                lookup.port("demarche.local.kafka-brokers", "DEMARCHE_LOCAL_KAFKABROKERS", 1),
                lookup.port("demarche.local.smtp-port", "DEMARCHE_LOCAL_SMTPPORT", DEFAULT_SMTP_PORT),
                lookup.port("demarche.local.mail-viewer-port", "DEMARCHE_LOCAL_MAILVIEWERPORT", DEFAULT_MAIL_VIEWER_PORT));
    }

    /**
     * A relative data dir is relative to the repository root (the nearest directory upwards that holds
     * {@code infra/local/pom.xml}); outside a checkout, to the working directory.
     */
    static Path resolveDataDir(String value) {
        Path path = Path.of(value);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        Path cwd = Path.of("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("infra/local/pom.xml"))) {
                return dir.resolve(path).normalize();
            }
        }
        return cwd.resolve(path).normalize();
    }

    private static void checkPort(String what, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Invalid " + what + " port: " + port);
        }
    }

    private record Lookup(UnaryOperator<String> systemProperties, Map<String, String> environment) {

        String get(String property, String variable, String fallback) {
            String value = systemProperties.apply(property);
            if (value == null || value.isBlank()) {
                value = environment.get(variable);
            }
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        int port(String property, String variable, int fallback) {
            String value = get(property, variable, Integer.toString(fallback));
            try {
                return Integer.parseInt(value);
            }
            catch (NumberFormatException ex) {
                throw new IllegalArgumentException(property + " (" + variable + ") must be a port number, was '" + value + "'");
            }
        }
    }
}
