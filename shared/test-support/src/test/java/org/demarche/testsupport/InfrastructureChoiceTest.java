package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.demarche.testsupport.InfrastructureChoice.JDBC_URL;
import static org.demarche.testsupport.InfrastructureChoice.LOCAL_SERVER_URL;
import static org.demarche.testsupport.InfrastructureChoice.MODE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.demarche.testsupport.InfrastructureChoice.KafkaProvider;
import org.demarche.testsupport.InfrastructureChoice.PostgresProvider;
import org.junit.jupiter.api.Test;

class InfrastructureChoiceTest {

    private static final String CONFIGURED_URL = "jdbc:postgresql://db.example:5432/postgres?user=ci&password=s3cret";

    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier DOCKER_MUST_NOT_BE_ASKED = () -> {
        throw new AssertionError("Docker was probed");
    };
    private static final Predicate<String> EVERY_SERVER_ANSWERS = url -> true;
    private static final Predicate<String> NO_SERVER_ANSWERS = url -> false;

    private final List<String> probedServers = new ArrayList<>();

    @Test
    void usesContainersForEverythingWhenDockerIsAvailable() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(), DOCKER, recordingProbe(true));

        assertThat(choice).isEqualTo(new InfrastructureChoice(KafkaProvider.CONTAINER, PostgresProvider.CONTAINER, null));
        assertThat(probedServers).isEmpty();
    }

    @Test
    void usesTheEmbeddedBrokerAndTheLocalServerWithoutDocker() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(), NO_DOCKER, recordingProbe(true));

        assertThat(choice).isEqualTo(new InfrastructureChoice(KafkaProvider.EMBEDDED, PostgresProvider.SERVER, LOCAL_SERVER_URL));
        assertThat(probedServers).containsExactly("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    }

    @Test
    void prefersTheConfiguredServerToThePostgresContainer() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(JDBC_URL, CONFIGURED_URL), DOCKER, recordingProbe(true));

        assertThat(choice).isEqualTo(new InfrastructureChoice(KafkaProvider.CONTAINER, PostgresProvider.SERVER, CONFIGURED_URL));
    }

    @Test
    void prefersTheConfiguredServerToTheLocalServer() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(JDBC_URL, " " + CONFIGURED_URL + "\n"), NO_DOCKER,
                recordingProbe(true));

        assertThat(choice).isEqualTo(new InfrastructureChoice(KafkaProvider.EMBEDDED, PostgresProvider.SERVER, CONFIGURED_URL));
        assertThat(probedServers).containsExactly(CONFIGURED_URL);
    }

    @Test
    void treatsABlankJdbcUrlAsUnset() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(JDBC_URL, "  "), NO_DOCKER, EVERY_SERVER_ANSWERS);

        assertThat(choice.postgresServerUrl()).isEqualTo(LOCAL_SERVER_URL);
    }

    @Test
    void embeddedModeNeverAsksForDocker() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(MODE, "embedded"), DOCKER_MUST_NOT_BE_ASKED,
                EVERY_SERVER_ANSWERS);

        assertThat(choice).isEqualTo(new InfrastructureChoice(KafkaProvider.EMBEDDED, PostgresProvider.SERVER, LOCAL_SERVER_URL));
    }

    @Test
    void containersModeUsesDockerEvenWhenALocalServerAnswers() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(MODE, "containers"), DOCKER, recordingProbe(true));

        assertThat(choice).isEqualTo(new InfrastructureChoice(KafkaProvider.CONTAINER, PostgresProvider.CONTAINER, null));
        assertThat(probedServers).isEmpty();
    }

    @Test
    void readsTheModeWhateverItsCaseAndSurroundingBlanks() {
        InfrastructureChoice choice = InfrastructureChoice.decide(Map.of(MODE, " Embedded "), DOCKER_MUST_NOT_BE_ASKED,
                EVERY_SERVER_ANSWERS);

        assertThat(choice.kafka()).isEqualTo(KafkaProvider.EMBEDDED);
    }

    @Test
    void autoIsTheDefaultMode() {
        assertThat(InfrastructureChoice.decide(Map.of(MODE, "auto"), DOCKER, EVERY_SERVER_ANSWERS))
                .isEqualTo(InfrastructureChoice.decide(Map.of(), DOCKER, EVERY_SERVER_ANSWERS));
    }

    @Test
    void failsAtOnceWhenThereIsNeitherDockerNorPostgres() {
        assertThatThrownBy(() -> InfrastructureChoice.decide(Map.of(), NO_DOCKER, NO_SERVER_ANSWERS))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("Docker is not available")
                .hasMessageContaining("127.0.0.1:5432")
                .hasMessageContaining("user 'postgres'")
                .hasMessageContaining("DEMARCHE_TEST_JDBC_URL")
                .hasMessageContaining("jdbc:postgresql://db.example:5432/postgres?user=postgres&password=secret")
                .hasMessageContaining("a running Docker engine");
    }

    @Test
    void explainsThatEmbeddedModeExcludesDockerWhenPostgresIsMissing() {
        assertThatThrownBy(() -> InfrastructureChoice.decide(Map.of(MODE, "embedded"), DOCKER_MUST_NOT_BE_ASKED, NO_SERVER_ANSWERS))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("DEMARCHE_TEST_INFRA=embedded excludes Docker")
                .hasMessageContaining("unset DEMARCHE_TEST_INFRA");
    }

    @Test
    void failsWhenTheConfiguredServerDoesNotAnswerEvenIfDockerCould() {
        assertThatThrownBy(() -> InfrastructureChoice.decide(Map.of(JDBC_URL, CONFIGURED_URL), DOCKER, NO_SERVER_ANSWERS))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("DEMARCHE_TEST_JDBC_URL is jdbc:postgresql://db.example:5432/postgres?user=ci&password=***")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void containersModeFailsWithoutDocker() {
        assertThatThrownBy(() -> InfrastructureChoice.decide(Map.of(MODE, "containers"), NO_DOCKER, EVERY_SERVER_ANSWERS))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("DEMARCHE_TEST_INFRA=containers but no Docker engine is available")
                .hasMessageContaining("DEMARCHE_TEST_INFRA=embedded");
    }

    @Test
    void rejectsAnUnknownMode() {
        assertThatThrownBy(() -> InfrastructureChoice.decide(Map.of(MODE, "docker"), DOCKER, EVERY_SERVER_ANSWERS))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessage("DEMARCHE_TEST_INFRA must be auto, containers or embedded, but was 'docker'.");
    }

    private Predicate<String> recordingProbe(boolean answer) {
        return url -> {
            probedServers.add(url);
            return answer;
        };
    }
}
