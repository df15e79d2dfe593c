package org.demarche.testsupport;

/**
 * The tests asked for real infrastructure that this machine cannot provide.
 * Integration tests fail with it rather than skip: a green build must mean
 * that they ran. The message says how to provide what is missing.
 */
public class InfrastructureUnavailableException extends IllegalStateException {

    static final String HOW_TO_PROVIDE_POSTGRES = """
            Provide one of:
              - a PostgreSQL server on 127.0.0.1:5432 that accepts the user 'postgres' \
            (e.g. pg_ctlcluster <version> main start);
              - the environment variable (or system property) DEMARCHE_TEST_JDBC_URL with the JDBC URL of an \
            admin database on any server, e.g. jdbc:postgresql://db.example:5432/postgres?user=postgres&password=secret;
              - a running Docker engine, so that Testcontainers starts postgres:17.6 and apache/kafka:4.1.1.""";

    InfrastructureUnavailableException(String message) {
        super(message);
    }

    static InfrastructureUnavailableException noPostgres(boolean dockerExcluded) {
        String why = dockerExcluded
                ? "DEMARCHE_TEST_INFRA=embedded excludes Docker"
                : "Docker is not available";
        return new InfrastructureUnavailableException("No PostgreSQL for the integration tests: " + why
                + " and no server answered at " + InfrastructureChoice.LOCAL_SERVER_URL + ".\n"
                + HOW_TO_PROVIDE_POSTGRES
                + (dockerExcluded ? "\n(For Docker, also unset DEMARCHE_TEST_INFRA or set it to auto or containers.)" : ""));
    }

    static InfrastructureUnavailableException configuredServerUnreachable(String jdbcUrl) {
        return new InfrastructureUnavailableException("No PostgreSQL for the integration tests: DEMARCHE_TEST_JDBC_URL is "
                + redact(jdbcUrl) + " but no server answered there with those credentials.\n"
                + "Fix the URL, start that server, or unset DEMARCHE_TEST_JDBC_URL to use 127.0.0.1:5432 or Docker.\n"
                + HOW_TO_PROVIDE_POSTGRES);
    }

    static InfrastructureUnavailableException dockerRequired() {
        return new InfrastructureUnavailableException("DEMARCHE_TEST_INFRA=containers but no Docker engine is available "
                + "(no DOCKER_HOST, no docker socket, or Testcontainers could not reach it).\n"
                + "Start Docker, or set DEMARCHE_TEST_INFRA=embedded (or auto) to use the in-JVM Kafka broker "
                + "and the PostgreSQL server at 127.0.0.1:5432 or DEMARCHE_TEST_JDBC_URL.");
    }

    /** A JDBC URL fit for a test report: without its password. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
