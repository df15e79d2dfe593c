package org.demarche.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The local stack runs on H2 in PostgreSQL mode: every migration must run there too (the
 * integration tests run them on PostgreSQL).
 */
class MigrationsOnH2Test {

    @Test
    void runEveryMigrationOnH2InPostgreSqlMode() throws SQLException {
        String url = migratedH2();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("""
                    INSERT INTO situation (id, country, language, political_prisoners, group_names)
                    VALUES ('az-en', 'AZ', 'en', 'over 100', 'journalists,bloggers')""");
            var rows = connection.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM draft_version WHERE version = 1 ORDER BY 1 FETCH FIRST 1 ROWS ONLY");
            assertThat(rows.next()).isTrue();
        }
    }

    @Test
    void casesOfEarlierVersionsAreUnannouncedAndACountrysCasesCanBeLockedTwice() throws SQLException {
        String url = migratedH2();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("""
                    INSERT INTO registered_case (id, country, person, description, status)
                    VALUES ('gm', 'AZ', 'Gülnarə Məmmədova', 'Journalist', 'open')""");
            var announced = connection.createStatement().executeQuery(
                    "SELECT announced, learnt_application_nos FROM registered_case WHERE id = 'gm'");
            assertThat(announced.next()).isTrue();
            assertThat(announced.getBoolean(1)).isFalse();
            assertThat(announced.getString(2)).isNull();
            for (int i = 0; i < 2; i++) {
                connection.createStatement().execute(
                        "INSERT INTO case_country_lock (country) VALUES ('AZ') ON CONFLICT DO NOTHING");
            }
            var locked = connection.createStatement().executeQuery(
                    "SELECT country FROM case_country_lock WHERE country = 'AZ' FOR UPDATE");
            assertThat(locked.next()).isTrue();
            connection.createStatement().execute("""
                    INSERT INTO ruling (id, court, case_name, application_no, respondent, judgment_date,
                                        articles_violated)
                    VALUES ('00000000-0000-4000-8000-000000000001', 'ECtHR', 'MAMMADOVA v. AZERBAIJAN', '14285/17',
                            'AZ', DATE '2023-05-04', '10')""");
            var ruling = connection.createStatement().executeQuery("SELECT kind, other_respondents FROM ruling");
            assertThat(ruling.next()).isTrue();
            assertThat(ruling.getString(1)).isEqualTo("judgment");
            assertThat(ruling.getString(2)).isEmpty();
        }
    }

    /** Every migration run as infra/local/run opens the services' databases. */
    private static String migratedH2() {
        String url = "jdbc:h2:mem:campaigns-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/campaigns", "classpath:db/migration/campaigns-h2",
                        "classpath:org/demarche/platform/db")
                .outOfOrder(true)
                .load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.filepath).anyMatch(path -> path.contains("V9__"));
        return url;
    }
}
