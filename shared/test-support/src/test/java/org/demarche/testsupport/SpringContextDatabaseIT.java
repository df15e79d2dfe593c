package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs two identical Spring test classes and looks at the server after their contexts have closed. */
@RealInfrastructure
class SpringContextDatabaseIT {

    static final Map<Class<?>, TestDatabase> DATABASES = new ConcurrentHashMap<>();
    static final Map<Class<?>, ApplicationContext> CONTEXTS = new ConcurrentHashMap<>();

    @Test
    void givesEachSpringTestClassItsOwnContextAndDatabaseAndDropsItWhenTheContextCloses(TestDatabase observer)
            throws SQLException {
        TestExecutionSummary summary = JUnitFixtures.run(FirstSpringClass.class, SecondSpringClass.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(CONTEXTS.get(FirstSpringClass.class)).isNotSameAs(CONTEXTS.get(SecondSpringClass.class));
        String first = DATABASES.get(FirstSpringClass.class).name();
        String second = DATABASES.get(SecondSpringClass.class).name();
        assertThat(first).isNotEqualTo(second);
        assertThat(FreshDatabasePerClassIT.databasesOnTheServer(observer)).doesNotContain(first, second);
    }

    @SpringBootTest
    @RealInfrastructure
    abstract static class SpringFixture {

        @Autowired
        ApplicationContext context;

        @Autowired
        TestDatabase database;

        @Autowired
        DataSource dataSource;

        @Test
        void usesItsDatabaseThroughBootsDataSource() {
            DATABASES.put(getClass(), database);
            CONTEXTS.put(getClass(), context);
            assertThat(new JdbcTemplate(dataSource).queryForObject("select current_database()", String.class))
                    .isEqualTo(database.name());
        }
    }

    static class FirstSpringClass extends SpringFixture {
    }

    static class SecondSpringClass extends SpringFixture {
    }
}
