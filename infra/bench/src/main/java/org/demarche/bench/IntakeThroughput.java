package org.demarche.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.demarche.bench.chaos.ApiClient;
import org.demarche.bench.chaos.ChaosStack;
import org.demarche.bench.chaos.Scenario;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingScheduled;

/**
 * {@code intake}: meeting events turned into campaigns by the campaigns service (its jar, one
 * instance, on real broker processes and PostgreSQL). The benchmark produces the
 * {@code MeetingScheduled} events onto {@code demarche.meetings.v1} itself, as intake's relay would
 * (the events' own serialisation from shared/events, keyed and headed the same), all serialised
 * before the clock starts; each opens one campaign (President Macron, a registered target, meets
 * President Aliyev, whose country has an open case). Opened per second counts from the first send
 * to the last campaign's {@code opened_at}, after a warm-up of {@code BENCH_INTAKE_WARMUP} meetings (cold JVM,
 * consumer joining its group). The meetings start a month on: no deadline falls due.
 *
 * <p>Baseline, in the same run and the same database: the campaign rows the service wrote, inserted
 * again by a plain JDBC batch (one connection, one prepared statement, {@code executeBatch} every
 * 1 000 rows, one commit) into a table of the same shape ({@code LIKE campaign INCLUDING ALL}).
 * The table also shows every row the service left behind (its inbox, the meeting, deadlines,
 * drafts, Quartz's jobs and triggers) inserted the same way, and what the service wrote and
 * committed per meeting ({@code pg_stat_user_tables}, {@code pg_stat_database}).
 */
final class IntakeThroughput {

    static final String NAME = "intake";
    private static final int BATCH = 1_000;
    private static final Duration MEETINGS_FROM_NOW = Duration.ofDays(30);

    private final Settings settings;

    IntakeThroughput(Settings settings) {
        this.settings = settings;
    }

    Bench.Result run() throws Exception {
        System.out.printf(Locale.ROOT, "intake: %d MeetingScheduled events produced onto %s (the events' serialisation), each "
                        + "opening one campaign in campaigns (one instance, as in application.yml; serial GC, full JIT, -Xmx512m); "
                        + "%d broker(s); baseline: "
                        + "the same rows by a plain JDBC batch of %d%n",
                settings.meetings(), Topics.MEETINGS, settings.brokers(), BATCH);
        ServiceStack.describeJavaOptions(List.of("campaigns")).forEach((service, options) ->
                System.out.println(service + " JVM options: " + options));
        try (var stack = ServiceStack.start(List.of("campaigns"), settings.brokers(), settings.postgresUrl(),
                settings.work(), Map.of(), List.of(Topics.MEETINGS))) {
            Scenario.registry(ApiClient.as(ChaosStack.ADMIN, ChaosStack.ADMIN_PASSWORD),
                    path -> stack.uri("campaigns", path), 1);
            // the first campaigns run on a cold JVM, and the consumer may still be joining its group
            BenchInfrastructure.send(stack.bootstrapServers(), records(settings.warmUp()));
            awaitOpened(stack, settings.warmUp());
            Map<String, Long> insertsBefore;
            long commitsBefore;
            try (Connection campaigns = stack.databases().connect("campaigns")) {
                insertsBefore = inserts(campaigns);
                commitsBefore = commits(campaigns);
            }
            List<ProducerRecord<String, byte[]>> records = records(settings.meetings());
            Instant started = Instant.now();
            BenchInfrastructure.send(stack.bootstrapServers(), records);
            Instant published = Instant.now();
            Instant lastOpened = awaitOpened(stack, settings.warmUp() + settings.meetings());
            double seconds = Duration.between(started, lastOpened).toNanos() / 1e9;
            double rate = settings.meetings() / seconds;

            // the server's statistics of a session that has gone idle arrive within its idle flush interval (10 s)
            Thread.sleep(11_000);
            try (Connection campaigns = stack.databases().connect("campaigns")) {
                Map<String, Long> written = delta(insertsBefore, inserts(campaigns));
                long committed = commits(campaigns) - commitsBefore;
                long opened = count(campaigns, "campaign"); // the warm-up's too: the copies hold them as well
                Copy campaignRows = copy(campaigns, List.of("campaign"));
                List<String> kept = new ArrayList<>();
                for (String table : written.keySet()) {
                    if (count(campaigns, table) > 0) {
                        kept.add(table);
                    }
                }
                Copy everyRow = copy(campaigns, kept);
                System.out.println();
                System.out.printf(Locale.ROOT, "rows the service inserted per meeting: %s; transactions committed per meeting: "
                                + "%.1f; events produced in %.2f s%n", perMeeting(written), (double) committed / settings.meetings(),
                        Duration.between(started, published).toNanos() / 1e9);
                System.out.println();
                System.out.println("| run | meetings | rows | seconds | meetings/s |");
                System.out.println("|---|---:|---:|---:|---:|");
                System.out.printf(Locale.ROOT, "| campaigns: events → campaigns opened | %d | %d | %.2f | %.0f |%n",
                        settings.meetings(), written.values().stream().mapToLong(Long::longValue).sum(), seconds, rate);
                System.out.println(campaignRows.row("baseline: campaign rows, JDBC batch", opened));
                System.out.println(everyRow.row("every row left behind (" + String.join(", ", kept) + "), JDBC batch",
                        opened));
                System.out.println();
                return new Bench.Result(NAME, "%d meetings".formatted(settings.meetings()), rate,
                        campaignRows.rate(opened), "campaigns/s");
            }
        }
    }

    private static List<ProducerRecord<String, byte[]>> records(int count) {
        Instant now = Instant.now();
        List<EventEnvelope<MeetingScheduled>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(EventEnvelope.of(new MeetingScheduled(UUID.randomUUID(), "Macron – Aliyev meeting " + (i + 1),
                    now.plus(MEETINGS_FROM_NOW).plusSeconds(60L * i), "Europe/Paris", "Paris", List.of(
                    new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                    new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", Scenario.COUNTRY))),
                    "/demarche/intake", now, null));
        }
        return BenchInfrastructure.records(events);
    }

    /** Until campaigns' database holds {@code expected} campaigns; returns the last one's opened_at. */
    private Instant awaitOpened(ServiceStack stack, int expected) throws SQLException {
        long deadline = System.nanoTime() + settings.patience().toNanos();
        long opened = 0;
        while (System.nanoTime() < deadline) {
            stack.requireAlive();
            try (Connection campaigns = stack.databases().connect("campaigns")) {
                opened = count(campaigns, "campaign");
                if (opened >= expected) {
                    try (Statement sql = campaigns.createStatement();
                         ResultSet last = sql.executeQuery("SELECT MAX(opened_at) FROM campaign")) {
                        last.next();
                        return last.getTimestamp(1).toInstant();
                    }
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException("campaigns opened " + opened + " of " + expected + " campaigns within "
                + settings.patience());
    }

    /** The tables' rows, read first, then inserted into copies of the same shape by a plain JDBC batch, timed. */
    private static Copy copy(Connection connection, List<String> tables) throws SQLException {
        Map<String, List<Object[]>> rows = new TreeMap<>();
        Map<String, String> inserts = new TreeMap<>();
        try (Statement sql = connection.createStatement()) {
            for (String table : tables) {
                String copy = "bench_copy_" + table;
                sql.execute("DROP TABLE IF EXISTS " + copy);
                sql.execute("CREATE TABLE " + copy + " (LIKE " + table + " INCLUDING ALL)");
                try (ResultSet all = sql.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = all.getMetaData();
                    List<Object[]> values = new ArrayList<>();
                    while (all.next()) {
                        Object[] row = new Object[columns.getColumnCount()];
                        for (int c = 0; c < row.length; c++) {
                            row[c] = all.getObject(c + 1);
                        }
                        values.add(row);
                    }
                    rows.put(table, values);
                    inserts.put(table, "INSERT INTO " + copy + " VALUES (" + String.join(", ",
                            Collections.nCopies(columns.getColumnCount(), "?")) + ")");
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        long count = 0;
        try {
            for (String table : tables) {
                try (PreparedStatement insert = connection.prepareStatement(inserts.get(table))) {
                    int pending = 0;
                    for (Object[] row : rows.get(table)) {
                        for (int c = 0; c < row.length; c++) {
                            insert.setObject(c + 1, row[c]);
                        }
                        insert.addBatch();
                        count++;
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Copy(count, Duration.ofNanos(System.nanoTime() - start));
    }

    /** What a baseline inserted and how long it took. */
    record Copy(long rows, Duration took) {

        double rate(long meetings) {
            return meetings / (took.toNanos() / 1e9);
        }

        String row(String label, long meetings) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.0f |", label, meetings, rows,
                    took.toNanos() / 1e9, rate(meetings));
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException notYetMigrated) {
            return 0;
        }
    }

    /** Rows inserted so far into each table of the database (the statistics collector's count). */
    private static Map<String, Long> inserts(Connection connection) throws SQLException {
        Map<String, Long> inserts = new TreeMap<>();
        try (Statement sql = connection.createStatement()) {
            sql.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rows = sql.executeQuery(
                    "SELECT relname, n_tup_ins FROM pg_stat_user_tables WHERE relname NOT LIKE 'bench_copy_%'")) {
                while (rows.next()) {
                    inserts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return inserts;
    }

    private static long commits(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rows = sql.executeQuery(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((table, inserted) -> {
            long more = inserted - before.getOrDefault(table, 0L);
            if (more > 0) {
                delta.put(table, more);
            }
        });
        return delta;
    }

    private String perMeeting(Map<String, Long> written) {
        List<String> parts = new ArrayList<>();
        written.forEach((table, rows) -> parts.add(String.format(Locale.ROOT, "%s %.1f", table,
                (double) rows / settings.meetings())));
        return String.join(", ", parts);
    }

    /**
     * Knobs, from the environment.
     *
     * @param meetings {@code BENCH_INTAKE_MEETINGS} (10000): events produced, campaigns awaited
     * @param brokers  {@code BENCH_BROKERS} (1): Kafka broker processes, topics replicated on all
     * @param patience {@code BENCH_INTAKE_PATIENCE} (PT15M): how long the campaigns may take
     * @param warmUp   {@code BENCH_INTAKE_WARMUP} (500): meetings turned into campaigns first, unmeasured
     */
    record Settings(int meetings, int brokers, Duration patience, int warmUp, String postgresUrl, Path work) {

        static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            return new Settings(Integer.parseInt(env.getOrDefault("BENCH_INTAKE_MEETINGS", "10000").strip()),
                    Integer.parseInt(env.getOrDefault("BENCH_BROKERS", "1").strip()),
                    Duration.parse(env.getOrDefault("BENCH_INTAKE_PATIENCE", "PT15M").strip()),
                    Integer.parseInt(env.getOrDefault("BENCH_INTAKE_WARMUP", "500").strip()),
                    env.getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),
                    Path.of("infra/bench/target/intake").toAbsolutePath());
        }
    }
}
