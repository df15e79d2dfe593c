package org.demarche.intake;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database in PostgreSQL mode, as the local stack runs it, with intake's and
 * the platform's migrations applied: the SQL of this service must run there as on PostgreSQL.
 */
public final class H2Schema {

    private H2Schema() {
    }

    public static DataSource migrated() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:intake-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/intake", "classpath:org/demarche/platform/db")
                .outOfOrder(true)
                .load().migrate();
        return dataSource;
    }
}
