package org.demarche.campaigns.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.TriggerKey;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.SimpleClassLoadHelper;
import org.slf4j.LoggerFactory;

/**
 * Campaigns' Quartz dialect finds the same due and misfired triggers as Quartz's own, in the same
 * order, on PostgreSQL: it only binds the times as bigint and limits the rows in the statement.
 */
@RealInfrastructure
class DeadlinesPostgreSQLDelegateIT {

    private static final String SCHEDULER = "demarche-campaigns";
    private static final long T = 1_900_000_000_000L;

    @Test
    void findsWhatQuartzsOwnDialectFinds(TestDatabase database) throws Exception {
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration/campaigns", "classpath:db/migration/campaigns-postgresql",
                        "classpath:org/demarche/platform/db")
                .outOfOrder(true).load().migrate();
        StdJDBCDelegate quartz = initialized(new PostgreSQLDelegate());
        StdJDBCDelegate ours = initialized(new DeadlinesPostgreSQLDelegate());
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false); // as Quartz's store runs them
            insertTriggers(connection);

            for (long[] window : new long[][] {{T + 30_000, T + 10_000, 5}, {T + 200_000, T, 100}, {T + 5_000, T - 1, 1},
                    {T + 41_000, T + 39_000, 3}, {T - 1, T - 100_000, 4}}) {
                List<TriggerKey> expected = quartz.selectTriggerToAcquire(connection, window[0], window[1], (int) window[2]);
                assertThat(ours.selectTriggerToAcquire(connection, window[0], window[1], (int) window[2]))
                        .as("due by %d, not before %d, at most %d", window[0] - T, window[1] - T, window[2])
                        .containsExactlyElementsOf(expected);
            }
            assertThat(ours.selectTriggerToAcquire(connection, T + 30_000, T, 4)).hasSize(4);

            for (int count : new int[] {1, 4, 20, 100}) {
                List<TriggerKey> expected = new ArrayList<>();
                List<TriggerKey> found = new ArrayList<>();
                boolean more = quartz.hasMisfiredTriggersInState(connection, "WAITING", T + 20_500, count, expected);
                assertThat(ours.hasMisfiredTriggersInState(connection, "WAITING", T + 20_500, count, found))
                        .as("more than %d misfired", count).isEqualTo(more);
                assertThat(found).containsExactlyElementsOf(expected);
            }
            assertThat(ours.countMisfiredTriggersInState(connection, "WAITING", T + 20_500))
                    .isEqualTo(quartz.countMisfiredTriggersInState(connection, "WAITING", T + 20_500))
                    .isPositive();
            connection.rollback();
        }
    }

    private static StdJDBCDelegate initialized(StdJDBCDelegate delegate) throws Exception {
        delegate.initialize(LoggerFactory.getLogger(DeadlinesPostgreSQLDelegateIT.class), "QRTZ_", SCHEDULER, "test",
                new SimpleClassLoadHelper(), false, null);
        return delegate;
    }

    /**
     * Sixty one-off triggers a second apart from T, in pairs due at the same time with different
     * priorities; every tenth acquired already, every tenth but three never misfiring.
     */
    private static void insertTriggers(Connection connection) throws SQLException {
        try (PreparedStatement job = connection.prepareStatement("""
                INSERT INTO qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable,
                                              is_nonconcurrent, is_update_data, requests_recovery)
                VALUES (?, ?, 'deadlines', 'org.demarche.campaigns.deadline.DeadlineJob', false, true, false, true)""");
             PreparedStatement trigger = connection.prepareStatement("""
                     INSERT INTO qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group,
                                                next_fire_time, prev_fire_time, priority, trigger_state, trigger_type,
                                                start_time, end_time, misfire_instr)
                     VALUES (?, ?, 'deadlines', ?, 'deadlines', ?, -1, ?, ?, 'SIMPLE', ?, 0, ?)""")) {
            for (int i = 0; i < 60; i++) {
                String name = "job-" + i;
                long due = T + (i / 2) * 1_000L;
                job.setString(1, SCHEDULER);
                job.setString(2, name);
                job.executeUpdate();
                trigger.setString(1, SCHEDULER);
                trigger.setString(2, name);
                trigger.setString(3, name);
                trigger.setLong(4, due);
                trigger.setInt(5, 5 + i % 2);
                trigger.setString(6, i % 10 == 7 ? "ACQUIRED" : "WAITING");
                trigger.setLong(7, due);
                trigger.setInt(8, i % 10 == 3 ? -1 : 1);
                trigger.executeUpdate();
            }
        }
    }
}
