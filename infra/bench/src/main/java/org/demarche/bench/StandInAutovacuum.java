package org.demarche.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's autovacuum where the server has it off, as the machines these benchmarks ran on do
 * ({@code autovacuum = off}): every {@link #PERIOD}, in each database the services under test write,
 * a {@code VACUUM} of each table past autovacuum's default threshold (50 dead rows and a fifth of
 * the table) and an {@code ANALYZE} of each table past its analyze threshold (50 changed rows and a
 * tenth), throttled as autovacuum is ({@code vacuum_cost_delay} 2 ms), as production would do. Without it the tables services
 * delete from (the outbox, Quartz's fired triggers) fill with dead rows that the relay and the
 * scheduler read again and again, and the planner never learns a table's size: in the intake
 * benchmark campaigns opened 16 a second in the first minute, 2.5 a second in the ninth, and 39 a
 * second right after one {@code VACUUM (ANALYZE)}. Where autovacuum is on, this does nothing.
 */
public final class StandInAutovacuum implements AutoCloseable {

    static final Duration PERIOD = Duration.ofSeconds(30);

    /** Opens a connection to one of the databases. */
    @FunctionalInterface
    public interface Database {
        Connection connect() throws SQLException;
    }

    private final ScheduledExecutorService timer;

    private StandInAutovacuum(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts vacuuming {@code databases} if the server's autovacuum is off; says so once. */
    public static StandInAutovacuum start(String label, List<Database> databases) throws SQLException {
        if (databases.isEmpty() || autovacuumOn(databases.get(0))) {
            return new StandInAutovacuum(null);
        }
        System.out.printf("%s: PostgreSQL's autovacuum is off on this server; the benchmark stands in for it, every %d s: "
                + "VACUUM and ANALYZE of the services' tables past autovacuum's default thresholds%n", label,
                PERIOD.toSeconds());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stand-in-autovacuum");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> databases.forEach(StandInAutovacuum::vacuum), PERIOD.toSeconds(),
                PERIOD.toSeconds(), TimeUnit.SECONDS);
        return new StandInAutovacuum(timer);
    }

    private static boolean autovacuumOn(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SHOW autovacuum")) {
            rows.next();
            return "on".equalsIgnoreCase(rows.getString(1));
        }
    }

    private static void vacuum(Database database) {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("SET vacuum_cost_delay = '2ms'");
            List<String> work = new java.util.ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    SELECT format('%I.%I', schemaname, relname),
                           n_dead_tup > 50 + 0.2 * n_live_tup, n_mod_since_analyze > 50 + 0.1 * n_live_tup
                    FROM pg_stat_user_tables""")) {
                while (rows.next()) {
                    if (rows.getBoolean(2)) {
                        work.add("VACUUM (ANALYZE " + rows.getBoolean(3) + ") " + rows.getString(1));
                    } else if (rows.getBoolean(3)) {
                        work.add("ANALYZE " + rows.getString(1));
                    }
                }
            }
            for (String statement : work) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            // a database dropped at the end of a run, or a server restarting: the next round tries again
            System.out.println("stand-in autovacuum: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
