package org.demarche.outreach;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database in PostgreSQL mode, as the local stack runs it, with this
 * service's and the platform's migrations applied: the SQL must run there as well as on PostgreSQL.
 */
public final class H2Database {

    private H2Database() {
    }

    public static DataSource migrated() {
        return OutreachMigrations.appliedTo(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""));
    }
}
