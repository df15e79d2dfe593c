package org.demarche.outreach;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** This service's and the platform's migrations, applied as the service applies them at start. */
public final class OutreachMigrations {

    private OutreachMigrations() {
    }

    public static <D extends DataSource> D appliedTo(D dataSource) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/outreach", "classpath:org/demarche/platform/db")
                .outOfOrder(true)
                .load()
                .migrate();
        return dataSource;
    }
}
