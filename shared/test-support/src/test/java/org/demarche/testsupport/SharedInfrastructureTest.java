package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SharedInfrastructureTest {

    @Test
    void saysWhyTheServerDidNotAnswerAndKeepsThePasswordOutOfTheMessage() {
        Map<String, String> settings = Map.of(
                InfrastructureChoice.MODE, "embedded",
                InfrastructureChoice.JDBC_URL, "jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&password=hunter2");

        assertThatThrownBy(() -> SharedInfrastructure.choose(settings))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&password=***")
                .hasMessageNotContaining("hunter2")
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void letsSystemPropertiesOverrideTheEnvironment() {
        String previous = System.setProperty(InfrastructureChoice.MODE, "embedded");
        try {
            assertThat(SharedInfrastructure.settings()).containsEntry(InfrastructureChoice.MODE, "embedded");
        } finally {
            if (previous == null) {
                System.clearProperty(InfrastructureChoice.MODE);
            } else {
                System.setProperty(InfrastructureChoice.MODE, previous);
            }
        }
    }
}
