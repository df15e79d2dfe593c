package org.demarche.testsupport;

import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Which Kafka broker and which PostgreSQL server the tests of this JVM use.
 * {@link #decide} is pure: the probes are passed in, so every branch is unit-tested.
 *
 * @param kafka             where the broker runs
 * @param postgres          where the databases are created
 * @param postgresServerUrl JDBC URL of an admin database on the server, when {@code postgres} is {@link PostgresProvider#SERVER}
 */
record InfrastructureChoice(KafkaProvider kafka, PostgresProvider postgres, String postgresServerUrl) {

    /** Environment variable or system property: {@code auto} (default), {@code containers} or {@code embedded}. */
    static final String MODE = "DEMARCHE_TEST_INFRA";

    /** Environment variable or system property: JDBC URL of an admin database; wins over Docker and the local server. */
    static final String JDBC_URL = "DEMARCHE_TEST_JDBC_URL";

    static final String LOCAL_SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    enum KafkaProvider { CONTAINER, EMBEDDED }

    enum PostgresProvider { CONTAINER, SERVER }

    enum Mode {
        AUTO, CONTAINERS, EMBEDDED;

        static Mode parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InfrastructureUnavailableException(
                        MODE + " must be auto, containers or embedded, but was '" + value + "'.");
            }
        }
    }

    /**
     * @param settings          {@link #MODE} and {@link #JDBC_URL}, from system properties and the environment
     * @param dockerAvailable   asked only when Docker could be used
     * @param postgresReachable asked with the JDBC URL of the server that would be used, only when no container is
     * @throws InfrastructureUnavailableException when the tests would have no database or no broker
     */
    static InfrastructureChoice decide(Map<String, String> settings, BooleanSupplier dockerAvailable,
            Predicate<String> postgresReachable) {
        Mode mode = Mode.parse(settings.get(MODE));
        String configuredUrl = settings.get(JDBC_URL);
        boolean useDocker = switch (mode) {
            case EMBEDDED -> false;
            case AUTO -> dockerAvailable.getAsBoolean();
            case CONTAINERS -> {
                if (!dockerAvailable.getAsBoolean()) {
                    throw InfrastructureUnavailableException.dockerRequired();
                }
                yield true;
            }
        };
        KafkaProvider kafka = useDocker ? KafkaProvider.CONTAINER : KafkaProvider.EMBEDDED;

        if (configuredUrl != null && !configuredUrl.isBlank()) {
            String url = configuredUrl.strip();
            if (!postgresReachable.test(url)) {
                throw InfrastructureUnavailableException.configuredServerUnreachable(url);
            }
            return new InfrastructureChoice(kafka, PostgresProvider.SERVER, url);
        }
        if (useDocker) {
            return new InfrastructureChoice(kafka, PostgresProvider.CONTAINER, null);
        }
        if (!postgresReachable.test(LOCAL_SERVER_URL)) {
            throw InfrastructureUnavailableException.noPostgres(mode == Mode.EMBEDDED);
        }
        return new InfrastructureChoice(kafka, PostgresProvider.SERVER, LOCAL_SERVER_URL);
    }
}
