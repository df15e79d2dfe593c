package org.demarche.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.demarche.broker.KafkaCluster;
import org.demarche.broker.KafkaClusterSettings;

/**
 * {@code deadlines}: how many one-off deadlines campaigns' Quartz fires a second, and how late,
 * with its JDBC job store on PostgreSQL in clustered mode as the service ships. {@code
 * BENCH_DEADLINES} campaigns, each waiting for its sign-on to close, are written into a fresh
 * database with their Quartz jobs ({@link DeadlineSeed}), due one after the other at {@code
 * BENCH_DEADLINES_RATE} a second from {@code BENCH_DEADLINES_LEAD} on; one campaigns instance (its
 * jar, in a JVM of its own, a Kafka broker process for its outbox) fires them. Each fire does the
 * step's real work — the deadline marked reached, the campaign closed for signing, DeadlineReached
 * in the outbox, relayed to Kafka — and campaigns' audit ({@code deadline_fire}) records when it was
 * due and when it fired: the figures are read from it.
 *
 * <p>Baseline, in the same run: the same deadlines on a fresh database, the same jar with its
 * Quartz settings set back to Spring Boot's defaults ({@link StockQuartz}). A run ends when every
 * deadline has fired, or {@code BENCH_DEADLINES_PATIENCE} after the last fell due: what has not
 * fired by then counts as missed, late by at least that long.
 */
final class Deadlines {

    static final String NAME = "deadlines";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final Settings settings;

    Deadlines(Settings settings) {
        this.settings = settings;
    }

    Bench.Outcome run() throws Exception {
        Files.createDirectories(settings.work());
        printSettings();
        List<Run> runs = new ArrayList<>();
        Path kafkaDirectory = settings.work().resolve("kafka");
        KafkaCluster.endLeftOverBrokers(kafkaDirectory, 1);
        deleteRecursively(kafkaDirectory); // a fresh broker: no topics left over from an earlier run
        try (KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(kafkaDirectory, 1))) {
            Run baseline = null;
            if (settings.baseline()) {
                List<String> stock = StockQuartz.overriding(settings.jar());
                System.out.println("baseline: " + String.join(" ", stock));
                baseline = run("stock", stock, kafka);
                runs.add(baseline);
            }
            Run tuned = run("demarche", List.of(), kafka);
            runs.add(tuned);
            System.out.println();
            System.out.println("| run | deadlines | fired | missed | work twice | fired twice | closed for signing | "
                    + "first due → last fired | fired/s | late p50 | late p99 | late max | earliest | "
                    + "database sessions, mean (waiting on) |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            runs.forEach(run -> System.out.println(run.row()));
            System.out.println();
            String counts = "%d deadlines, p99 late %s (baseline %s), duplicates %d, missed %d".formatted(
                    tuned.deadlines, tuned.lateP99(), baseline == null ? "not run" : baseline.lateP99(), tuned.workTwice,
                    tuned.missed);
            var result = new Bench.Result(NAME, counts, tuned.rate(), baseline == null ? Double.NaN : baseline.rate(),
                    "fired/s");
            boolean passed = runs.stream().allMatch(run -> run.workTwice == 0);
            return new Bench.Outcome() {
                @Override
                public String line() {
                    return result.line();
                }

                @Override
                public boolean passed() {
                    return passed;
                }
            };
        }
    }

    private void printSettings() {
        System.out.printf(Locale.ROOT, "deadlines: %d one-off deadlines (sign-on closes, one per campaign), due at %d a "
                        + "second over %.0f s from %d s after they are written; one campaigns instance, -Xmx%s, "
                        + "Quartz JDBC store on PostgreSQL, clustered; a run stops %d s after the last falls due%n",
                settings.deadlines(), settings.rate(), seconds(settings.spread()), settings.lead().toSeconds(),
                settings.heap(), settings.patience().toSeconds());
        System.out.println("tuned run: Quartz as application.yml sets it: " + StockQuartz.tuned(settings.jar()));
        if (!settings.extraArgs().isEmpty()) {
            System.out.println("campaigns settings (both runs): " + String.join(" ", settings.extraArgs()));
        }
        if (!settings.javaOptions().isEmpty()) {
            System.out.println("campaigns JVM options (both runs): " + String.join(" ", settings.javaOptions()));
        }
    }

    private Run run(String label, List<String> quartz, KafkaCluster kafka) throws Exception {
        String database = "bench_deadlines_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = settings.postgresUrl().substring(0, settings.postgresUrl().lastIndexOf('/') + 1);
        admin("CREATE DATABASE " + database);
        try {
            String jdbcUrl = server + database;
            List<String> arguments = new ArrayList<>(quartz);
            arguments.addAll(settings.extraArgs());
            List<String> javaOptions = settings.javaOptions().stream()
                    .map(option -> option.replace("{run}", label)).toList();
            CampaignsProcess campaigns = CampaignsProcess.start(settings.jar(), settings.heap(), javaOptions, label + "-1",
                    new CampaignsProcess.Connections(kafka.bootstrapServers(), jdbcUrl, settings.user()), arguments,
                    settings.work().resolve(label + ".log"));
            try (Connection connection = connect(jdbcUrl);
                 var autovacuum = StandInAutovacuum.start(label, List.of(() -> connect(jdbcUrl)))) {
                awaitCheckedIn(connection, campaigns);
                Instant seeding = Clock.systemUTC().instant();
                Instant first = seeding.plus(settings.lead()).truncatedTo(ChronoUnit.SECONDS);
                DeadlineSeed.write(connection, settings.deadlines(), first, settings.spread());
                Instant seeded = Clock.systemUTC().instant();
                System.out.printf(Locale.ROOT, "%s: %d campaigns and their jobs written in %.1f s, the first due %.1f s later%s%n",
                        label, settings.deadlines(), seconds(Duration.between(seeding, seeded)),
                        seconds(Duration.between(seeded, first)),
                        seeded.isAfter(first.minusSeconds(10)) ? " — too close: raise BENCH_DEADLINES_LEAD" : "");
                Instant cutoff = first.plus(settings.spread()).plus(settings.patience());
                var waits = new SessionWaits();
                Instant stopped = awaitFired(label, connection, campaigns, first, cutoff, waits);
                return Run.read(label, connection, stopped, waits);
            } finally {
                campaigns.close(); // SIGTERM: a flight recording, if any, is written on the way out
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Waits until every deadline fired or the cutoff passed, sampling what the database's sessions wait on. */
    private Instant awaitFired(String label, Connection connection, CampaignsProcess campaigns, Instant first,
                               Instant cutoff, SessionWaits waits) throws SQLException {
        Instant nextProgress = first.plus(PROGRESS_EVERY);
        int lastFired = 0;
        Instant lastProgress = first;
        while (true) {
            campaigns.requireAlive();
            Instant now = Clock.systemUTC().instant();
            int fired = count(connection, "SELECT COUNT(*) FROM deadline_fire");
            if (now.isAfter(first)) {
                waits.sample(connection);
            }
            if (fired >= settings.deadlines() || now.isAfter(cutoff)) {
                return now;
            }
            if (now.isAfter(nextProgress)) {
                long due = Math.min(settings.deadlines(), Math.max(0, Duration.between(first, now).toMillis()
                        * settings.deadlines() / Math.max(1, settings.spread().toMillis())));
                System.out.printf(Locale.ROOT, "%s: %.0f s after the first due: %d of %d due, %d fired (%.0f/s lately)%n",
                        label, seconds(Duration.between(first, now)), due, settings.deadlines(), fired,
                        (fired - lastFired) / seconds(Duration.between(lastProgress, now)));
                lastFired = fired;
                lastProgress = now;
                nextProgress = now.plus(PROGRESS_EVERY);
            }
            LockSupport.parkNanos(SAMPLE_EVERY.toNanos());
        }
    }

    /** The instance is up when Quartz has checked it in (after Flyway: the tables are there). */
    private static void awaitCheckedIn(Connection connection, CampaignsProcess campaigns) throws SQLException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            campaigns.requireAlive();
            try {
                if (count(connection, "SELECT COUNT(*) FROM qrtz_scheduler_state") > 0) {
                    return;
                }
            } catch (SQLException notYetMigrated) {
                // Flyway has not created Quartz's tables yet
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        throw new IllegalStateException("campaigns did not start within " + START_TIMEOUT);
    }

    private static int count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private Connection connect(String jdbcUrl) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("ApplicationName", "deadlines-bench");
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    private void admin(String statement) throws SQLException {
        try (Connection admin = DriverManager.getConnection(settings.postgresUrl()); Statement sql = admin.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("infra/bench needs PostgreSQL at " + settings.postgresUrl()
                    + " (set BENCH_POSTGRES_URL): " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /**
     * What campaigns' sessions on the database are doing, sampled once a second: waiting on a row
     * lock (Quartz's TRIGGER_ACCESS), on the WAL being flushed at commit, idle inside a
     * transaction (waiting for the JVM), or running.
     */
    static final class SessionWaits {

        private final Map<String, Long> counts = new LinkedHashMap<>();
        private long samples;

        void sample(Connection connection) throws SQLException {
            try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("""
                    SELECT CASE WHEN state = 'idle in transaction' THEN 'in transaction, idle'
                                WHEN wait_event_type IS NULL THEN 'running'
                                ELSE wait_event_type || ':' || wait_event END, COUNT(*)
                    FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
                      AND backend_type = 'client backend'
                    GROUP BY 1""")) {
                while (rows.next()) {
                    counts.merge(rows.getString(1), rows.getLong(2), Long::sum);
                }
            }
            samples++;
        }

        String describe() {
            if (samples == 0) {
                return "";
            }
            double total = counts.values().stream().mapToLong(Long::longValue).sum() / (double) samples;
            return String.format(Locale.ROOT, "%.1f (%s)", total, counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) samples))
                    .collect(Collectors.joining(", ")));
        }
    }

    /** What one run's audit says. Lateness in seconds; a deadline not fired counts as late until the run stopped. */
    record Run(String label, int deadlines, int fired, int missed, int workTwice, int firedTwice, int closed,
               double span, double p50, double p99, double max, double earliest, String waits) {

        static Run read(String label, Connection connection, Instant stopped, SessionWaits waits) throws SQLException {
            try (PreparedStatement sql = connection.prepareStatement("""
                    WITH late AS (
                        SELECT d.due_at, f.fired_at, f.works, f.executions,
                               EXTRACT(EPOCH FROM COALESCE(f.fired_at, ?) - d.due_at) AS seconds
                        FROM campaign_deadline d
                        LEFT JOIN deadline_fire f ON f.campaign_id = d.campaign_id AND f.kind = d.kind AND f.due_at = d.due_at)
                    SELECT COUNT(*), COUNT(fired_at), COUNT(*) FILTER (WHERE works > 1),
                           COUNT(*) FILTER (WHERE executions > 1),
                           (SELECT COUNT(*) FROM campaign WHERE status = 'closed-for-signing'),
                           EXTRACT(EPOCH FROM COALESCE(CASE WHEN COUNT(fired_at) = COUNT(*) THEN MAX(fired_at) END, ?)
                                   - MIN(due_at)),
                           percentile_disc(0.5) WITHIN GROUP (ORDER BY seconds),
                           percentile_disc(0.99) WITHIN GROUP (ORDER BY seconds),
                           MAX(seconds), MIN(seconds)
                    FROM late""")) {
                sql.setTimestamp(1, Timestamp.from(stopped));
                sql.setTimestamp(2, Timestamp.from(stopped));
                try (ResultSet rows = sql.executeQuery()) {
                    rows.next();
                    int deadlines = rows.getInt(1);
                    int fired = rows.getInt(2);
                    return new Run(label, deadlines, fired, deadlines - fired, rows.getInt(3), rows.getInt(4),
                            rows.getInt(5), rows.getDouble(6), rows.getDouble(7), rows.getDouble(8), rows.getDouble(9),
                            rows.getDouble(10), waits.describe());
                }
            }
        }

        double rate() {
            return fired / span;
        }

        /** A percentile over deadlines some of which never fired is a lower bound. */
        private String late(double seconds, double quantile) {
            return (missed > deadlines * (1 - quantile) ? "≥ " : "") + String.format(Locale.ROOT, "%.2f s", seconds);
        }

        String lateP99() {
            return late(p99, 0.99);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.1f s | %.1f | %s | %s | %s | %.2f s | %s |",
                    label, deadlines, fired, missed, workTwice, firedTwice, closed, span, rate(), late(p50, 0.5),
                    late(p99, 0.99), late(max, 1), earliest, waits);
        }
    }

    /**
     * Knobs, from the environment.
     *
     * @param deadlines   {@code BENCH_DEADLINES} (100000)
     * @param rate        {@code BENCH_DEADLINES_RATE} (550): deadlines due a second, 10 % above the goal's 500 so
     *                    that a run that keeps up shows at least 500 fired a second
     * @param lead        {@code BENCH_DEADLINES_LEAD} (PT2M): from writing the deadlines to the first due
     * @param patience    {@code BENCH_DEADLINES_PATIENCE} (PT2M): how long after the last deadline falls due a
     *                    run still waits for the rest to fire
     * @param baseline    {@code BENCH_DEADLINES_BASELINE} (true): false skips the stock run (no ratio then)
     * @param heap        {@code BENCH_CAMPAIGNS_HEAP} (384m)
     * @param extraArgs   {@code BENCH_CAMPAIGNS_ARGS}: campaigns settings for both runs
     * @param javaOptions {@code BENCH_CAMPAIGNS_JAVA_OPTS}: JVM options for both runs, {run} standing for the run's
     *                    name, e.g. {@code -XX:StartFlightRecording=filename=infra/bench/target/deadlines/{run}.jfr}
     */
    record Settings(int deadlines, int rate, Duration lead, Duration patience, boolean baseline, String heap,
                    List<String> extraArgs, List<String> javaOptions, String jar, String postgresUrl, String user,
                    Path work) {

        static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            String postgresUrl = env.getOrDefault("BENCH_POSTGRES_URL",
                    "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
            String user = "postgres";
            if (postgresUrl.contains("?")) {
                for (String parameter : postgresUrl.substring(postgresUrl.indexOf('?') + 1).split("&")) {
                    if (parameter.startsWith("user=")) {
                        user = parameter.substring("user=".length());
                    }
                }
            }
            return new Settings(Integer.parseInt(env.getOrDefault("BENCH_DEADLINES", "100000").strip()),
                    Integer.parseInt(env.getOrDefault("BENCH_DEADLINES_RATE", "550").strip()),
                    Duration.parse(env.getOrDefault("BENCH_DEADLINES_LEAD", "PT2M")),
                    Duration.parse(env.getOrDefault("BENCH_DEADLINES_PATIENCE", "PT2M")),
                    !"false".equalsIgnoreCase(env.getOrDefault("BENCH_DEADLINES_BASELINE", "true").strip()),
                    env.getOrDefault("BENCH_CAMPAIGNS_HEAP", "384m"), words(env.get("BENCH_CAMPAIGNS_ARGS")),
                    words(env.get("BENCH_CAMPAIGNS_JAVA_OPTS")),
                    env.getOrDefault("BENCH_CAMPAIGNS_JAR", "services/campaigns/target/campaigns-0.1.0-SNAPSHOT-exec.jar"),
                    postgresUrl, user, Path.of("infra/bench/target/deadlines"));
        }

        private static List<String> words(String value) {
            return value == null || value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
        }

        /** Over how long the deadlines fall due. */
        Duration spread() {
            return Duration.ofMillis(deadlines * 1000L / rate);
        }
    }
}
