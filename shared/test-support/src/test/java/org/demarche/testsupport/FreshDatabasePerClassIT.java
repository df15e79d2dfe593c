package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs two fixture classes and looks at the server before, during and after them. */
@RealInfrastructure
class FreshDatabasePerClassIT {

    static final Map<Class<?>, List<TestDatabase>> DATABASES_SEEN = new ConcurrentHashMap<>();

    @Test
    void givesEachTestClassItsOwnEmptyDatabaseAndDropsItWhenTheClassIsDone(TestDatabase observer) throws SQLException {
        TestExecutionSummary summary = JUnitFixtures.run(FirstClass.class, SecondClass.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
        TestDatabase first = theOnlyDatabaseSeenBy(FirstClass.class);
        TestDatabase second = theOnlyDatabaseSeenBy(SecondClass.class);
        assertThat(first.name()).startsWith("it_fresh_database_per_class_it_first_class_");
        assertThat(second.name()).startsWith("it_fresh_database_per_class_it_second_class_");
        assertThat(databasesOnTheServer(observer)).doesNotContain(first.name(), second.name());
    }

    @Test
    void namesADatabaseThatExistsAndIsTheOneConnectedTo(TestDatabase database) throws SQLException {
        assertThat(databasesOnTheServer(database)).contains(database.name());
        assertThat(database.jdbcUrl()).doesNotContain("password");
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet current = statement.executeQuery("select current_database()")) {
            current.next();
            assertThat(current.getString(1)).isEqualTo(database.name());
        }
    }

    private static TestDatabase theOnlyDatabaseSeenBy(Class<?> fixture) {
        List<TestDatabase> seen = DATABASES_SEEN.get(fixture);
        assertThat(seen).hasSize(2);
        assertThat(Set.copyOf(seen)).hasSize(1);
        return seen.get(0);
    }

    static List<String> databasesOnTheServer(TestDatabase anyDatabase) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = anyDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select datname from pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Both fixtures run the same checks; only a fresh database lets the second one pass. */
    @RealInfrastructure
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class DatabaseFixture {

        @Test
        @Order(1)
        void startsEmptyOnADatabaseThatExists(TestDatabase database) throws SQLException {
            DATABASES_SEEN.computeIfAbsent(getClass(), key -> new CopyOnWriteArrayList<>()).add(database);
            assertThat(databasesOnTheServer(database)).contains(database.name());
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                ResultSet tables = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'");
                tables.next();
                assertThat(tables.getInt(1)).isZero();
                statement.execute("create table left_by_this_class (id int)");
            }
        }

        @Test
        @Order(2)
        void keepsTheDatabaseForTheWholeClass(TestDatabase database) throws SQLException {
            DATABASES_SEEN.computeIfAbsent(getClass(), key -> new CopyOnWriteArrayList<>()).add(database);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("select * from left_by_this_class");
            }
        }
    }

    static class FirstClass extends DatabaseFixture {
    }

    static class SecondClass extends DatabaseFixture {
    }
}
