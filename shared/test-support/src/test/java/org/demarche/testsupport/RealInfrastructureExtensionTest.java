package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.boot.test.context.SpringBootTest;

class RealInfrastructureExtensionTest {

    private static final String UNREACHABLE_SERVER = "jdbc:postgresql://127.0.0.1:1/postgres?user=postgres";

    @Test
    void failsTheTestClassInsteadOfSkippingItWhenNoPostgresAnswers() {
        // no unit test chooses the infrastructure for good, so these settings are the ones this run decides with
        TestExecutionSummary summary = withSystemProperties(Map.of(
                InfrastructureChoice.MODE, "embedded",
                InfrastructureChoice.JDBC_URL, UNREACHABLE_SERVER),
                () -> JUnitFixtures.run(NeedsADatabase.class));

        assertThat(summary.getTestsSucceededCount()).isZero();
        assertThat(summary.getTestsSkippedCount() + summary.getContainersSkippedCount()).isZero();
        assertThat(summary.getContainersFailedCount()).isEqualTo(1);
        assertThat(summary.getFailures()).singleElement().satisfies(failure -> assertThat(failure.getException())
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("DEMARCHE_TEST_JDBC_URL is " + UNREACHABLE_SERVER)
                .hasMessageContaining("127.0.0.1:5432")
                .hasMessageContaining("Docker")
                .hasCauseInstanceOf(SQLException.class));
    }

    @Test
    void recognisesSpringTestsThroughComposedAnnotationsAndEnclosingClasses() {
        assertThat(RealInfrastructureExtension.isSpringTest(ASpringTest.class)).isTrue();
        assertThat(RealInfrastructureExtension.isSpringTest(ASpringTest.Inner.class)).isTrue();
        assertThat(RealInfrastructureExtension.isSpringTest(NeedsADatabase.class)).isFalse();
    }

    private static <T> T withSystemProperties(Map<String, String> properties, java.util.function.Supplier<T> action) {
        Map<String, String> previous = new HashMap<>();
        properties.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        try {
            return action.get();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    @RealInfrastructure
    static class NeedsADatabase {

        @Test
        void usesIt(TestDatabase database) {
            assertThat(database).isNotNull();
        }
    }

    @SpringBootTest
    @RealInfrastructure
    static class ASpringTest {

        @Nested
        class Inner {
        }
    }
}
