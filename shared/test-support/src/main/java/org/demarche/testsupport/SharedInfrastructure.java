package org.demarche.testsupport;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker, database server and SMTP sink shared by every test class of
 * this JVM. The choice is made, and fails fast, on first use; the broker
 * and the sink start on first use too, so a test that needs only a
 * database does not wait for Kafka.
 */
final class SharedInfrastructure {

    static final String POSTGRES_IMAGE = "postgres:17.6";

    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);
    private static SharedInfrastructure instance;

    private final InfrastructureChoice choice;
    private final PostgresServer postgres;
    private KafkaEndpoint kafka;
    private SmtpSink smtp;

    private SharedInfrastructure(InfrastructureChoice choice, PostgresServer postgres) {
        this.choice = choice;
        this.postgres = postgres;
    }

    /** @throws InfrastructureUnavailableException when there is no Docker and no PostgreSQL */
    static synchronized SharedInfrastructure get() {
        if (instance == null) {
            InfrastructureChoice choice = choose(settings());
            PostgresServer postgres = choice.postgres() == InfrastructureChoice.PostgresProvider.CONTAINER
                    ? startPostgresContainer()
                    : PostgresServer.fromJdbcUrl(choice.postgresServerUrl());
            log.info("Integration tests use Kafka {}, PostgreSQL {}, SMTP GreenMail in this JVM", choice.kafka(),
                    choice.postgresServerUrl() == null ? POSTGRES_IMAGE
                            : InfrastructureUnavailableException.redact(choice.postgresServerUrl()));
            instance = new SharedInfrastructure(choice, postgres);
        }
        return instance;
    }

    InfrastructureChoice choice() {
        return choice;
    }

    synchronized KafkaEndpoint kafka() {
        if (kafka == null) {
            kafka = choice.kafka() == InfrastructureChoice.KafkaProvider.CONTAINER
                    ? KafkaBrokers.startContainer()
                    : KafkaBrokers.startEmbedded();
            log.info("Kafka for integration tests at {}", kafka.bootstrapServers());
        }
        return kafka;
    }

    synchronized SmtpSink smtp() {
        if (smtp == null) {
            SmtpSink started = SmtpSink.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "smtp-sink-shutdown"));
            smtp = started;
        }
        return smtp;
    }

    TestDatabase createDatabase(Class<?> testClass) {
        return postgres.createDatabase(testClass);
    }

    void dropDatabase(TestDatabase database) {
        postgres.dropDatabase(database);
    }

    /** The choice for these settings, made with the real probes; the exception carries why PostgreSQL did not answer. */
    static InfrastructureChoice choose(Map<String, String> settings) {
        AtomicReference<SQLException> probeFailure = new AtomicReference<>();
        try {
            return InfrastructureChoice.decide(settings, DockerProbe::dockerAvailable, url -> {
                try {
                    PostgresServer.fromJdbcUrl(url).probe();
                    return true;
                } catch (SQLException e) {
                    probeFailure.set(e);
                    return false;
                }
            });
        } catch (InfrastructureUnavailableException e) {
            if (probeFailure.get() != null && e.getCause() == null) {
                e.initCause(probeFailure.get());
            }
            throw e;
        }
    }

    /** System properties win over environment variables, so a build can override a developer's shell. */
    static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        for (String key : new String[] {InfrastructureChoice.MODE, InfrastructureChoice.JDBC_URL}) {
            String value = System.getProperty(key, System.getenv(key));
            if (value != null) {
                settings.put(key, value);
            }
        }
        return settings;
    }

    private static PostgresServer startPostgresContainer() {
        var container = new org.testcontainers.postgresql.PostgreSQLContainer(POSTGRES_IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-shutdown"));
        return PostgresServer.withCredentials(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
