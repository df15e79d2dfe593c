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
        // as infra/local/run opens the services' databases
        String url = "jdbc:h2:mem:campaigns-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration/campaigns", "classpath:db/migration/campaigns-h2",
                        "classpath:org/demarche/platform/db")
                .outOfOrder(true)
                .load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.filepath).anyMatch(path -> path.contains("V6__"));
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("""
                    INSERT INTO situation (id, country, language, political_prisoners, group_names)
                    VALUES ('az-en', 'AZ', 'en', 'over 100', 'journalists,bloggers')""");
            var rows = connection.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM draft_version WHERE version = 1 ORDER BY 1 FETCH FIRST 1 ROWS ONLY");
            assertThat(rows.next()).isTrue();
        }
    }
}
