package org.demarche.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.meeting.MeetingScheduled;

/**
 * {@code quartz-cluster}: campaigns' deadlines fired by two instances of the service (its jar, each
 * in its own JVM) sharing one Quartz JDBC job store on one PostgreSQL database, one instance killed
 * -9 in the middle and started again. The deadlines are made as in production: the benchmark
 * publishes meetings, each of which opens a campaign with five deadlines, on a timeline compressed
 * into seconds so that all of them fall due within a couple of minutes. At the end the audit
 * ({@code deadline_fire}) is read against what the service scheduled ({@code campaign_deadline}):
 * fired once, fired twice, missed, recovered from the killed instance.
 *
 * <p>Baseline, measured in the same run: one instance, nothing killed, the same deadlines.
 * Fired per second counts from the first deadline due to the last one fired.
 */
final class QuartzCluster {

    static final String NAME = "quartz-cluster";
    private static final int STEPS = 5;
    /** The steps' offsets from the meeting (demarche.timeline.*): the first 50 s before it, the last 10 s after. */
    private static final List<String> TIMELINE = List.of("--demarche.timeline.sign-on-requests=PT50S",
            "--demarche.timeline.reminder=PT40S", "--demarche.timeline.sign-on-closes=PT30S",
            "--demarche.timeline.publication=PT20S", "--demarche.timeline.follow-up=PT10S");
    private static final Duration FIRST_STEP = Duration.ofSeconds(50);
    private static final Duration STEPS_SPAN = Duration.ofSeconds(60);
    /** A JVM's start took almost three minutes on the two shared cores while other benchmarks ran. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Settings settings;

    QuartzCluster(Settings settings) {
        this.settings = settings;
    }

    Bench.Result run() throws Exception {
        Files.createDirectories(settings.work());
        printSettings();
        List<String> rows = new ArrayList<>();
        Run baseline = run("baseline", 1, false);
        rows.add(baseline.row());
        System.out.println(baseline.row());
        Run cluster = run("cluster", 2, true);
        rows.add(cluster.row());
        System.out.println();
        System.out.println("| run | instances | deadlines | fired once | fired twice | work done twice | missed | recovered | fired, never scheduled | first due → last fired | fired/s | late (mean / max) | sessions waiting on a lock | fired by |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        rows.forEach(System.out::println);
        System.out.println();
        return new Bench.Result(NAME, "%d deadlines, duplicates %d, missed %d".formatted(cluster.deadlines,
                cluster.workTwice, cluster.missed), cluster.rate(), baseline.rate(), "fired/s");
    }

    private void printSettings() {
        System.out.printf(Locale.ROOT, "quartz-cluster: %d deadlines (%d campaigns × %d steps), due over %d s from %d s after "
                        + "the meetings are published; campaigns -Xmx%s, Quartz as in application.yml; the cluster run kills "
                        + "one instance (-9) after %d deadlines fired and starts it again%n",
                settings.campaigns() * STEPS, settings.campaigns(), STEPS, settings.window().plus(STEPS_SPAN).toSeconds(),
                settings.lead().toSeconds(), settings.heap(), settings.killAfter());
        if (!settings.extraArgs().isEmpty()) {
            System.out.println("campaigns settings: " + String.join(" ", settings.extraArgs()));
        }
    }

    private Run run(String label, int instanceCount, boolean kill) throws Exception {
        try (var infrastructure = BenchInfrastructure.start(settings.postgresUrl(), "campaigns")) {
            List<CampaignsProcess> instances = new ArrayList<>();
            try {
                for (int i = 0; i < instanceCount; i++) {
                    instances.add(start(infrastructure, label, (char) ('a' + i) + "1"));
                }
                awaitCheckedIn(infrastructure, instances);
                Instant published = Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS);
                infrastructure.publish(meetings(published.plus(settings.lead()).plus(FIRST_STEP)));
                Instant opened = awaitOpened(infrastructure, instances);
                int scheduled = count(infrastructure, "SELECT COUNT(*) FROM campaign_deadline");
                System.out.printf(Locale.ROOT, "%s: %d of %d campaigns opened %.1f s after their meetings were published%s%n",
                        label, scheduled / STEPS, settings.campaigns(), seconds(Duration.between(published, opened)),
                        opened.isAfter(published.plus(settings.lead()))
                                ? " — after the first deadlines fell due: raise BENCH_QUARTZ_LEAD" : "");
                Kill killed = null;
                if (kill) {
                    awaitCount(infrastructure, "SELECT COUNT(*) FROM deadline_fire", settings.killAfter(),
                            settings.lead().plus(settings.window()).plus(Duration.ofMinutes(10)), instances);
                    killed = kill(infrastructure, instances, label);
                }
                Duration patience = settings.lead().plus(settings.window()).plus(STEPS_SPAN).plus(Duration.ofMinutes(15));
                try {
                    awaitCount(infrastructure, "SELECT COUNT(*) FROM deadline_fire WHERE works > 0", scheduled, patience,
                            instances);
                } catch (IllegalStateException notAll) {
                    System.out.println(label + ": " + notAll.getMessage() + "; counting what did");
                }
                return Run.read(label, instanceCount, infrastructure, killed, lockWaits.mean());
            } finally {
                for (CampaignsProcess instance : instances) {
                    instance.close();
                }
            }
        }
    }

    private CampaignsProcess start(BenchInfrastructure infrastructure, String label, String instance) throws Exception {
        List<String> arguments = new ArrayList<>(TIMELINE);
        arguments.add("--demarche.demo.enabled=true");
        arguments.addAll(settings.extraArgs());
        return CampaignsProcess.start(settings.jar(), settings.heap(), instance, infrastructure, arguments,
                settings.work().resolve(label + "-" + instance + ".log"));
    }

    private Kill kill(BenchInfrastructure infrastructure, List<CampaignsProcess> instances, String label) throws Exception {
        CampaignsProcess victim = instances.get(instances.size() - 1);
        victim.kill();
        int inFlight = count(infrastructure, "SELECT COUNT(*) FROM qrtz_fired_triggers WHERE instance_name = '"
                + victim.instance() + "' AND state = 'EXECUTING'");
        int fired = count(infrastructure, "SELECT COUNT(*) FROM deadline_fire");
        System.out.printf(Locale.ROOT, "%s: killed %s (-9) after %d deadlines fired; %d of its jobs were running%n",
                label, victim.instance(), fired, inFlight);
        String restarted = victim.instance().charAt(0) + "2";
        instances.set(instances.size() - 1, start(infrastructure, label, restarted));
        return new Kill(victim.instance(), fired, inFlight);
    }

    /**
     * Waits until every meeting has opened its campaign, or until no campaign has been opened for
     * {@link #STALLED}: a meeting lost on the way must show as campaigns missing, not hang the run.
     */
    private Instant awaitOpened(BenchInfrastructure infrastructure, List<CampaignsProcess> instances) throws Exception {
        int expected = settings.campaigns() * STEPS;
        long deadline = System.nanoTime() + START_TIMEOUT.plus(settings.lead()).toNanos();
        int last = -1;
        Instant lastGrew = Clock.systemUTC().instant();
        while (System.nanoTime() < deadline) {
            for (CampaignsProcess instance : instances) {
                instance.requireAlive();
            }
            int scheduled = count(infrastructure, "SELECT COUNT(*) FROM campaign_deadline");
            Instant now = Clock.systemUTC().instant();
            if (scheduled >= expected) {
                return now;
            }
            if (scheduled != last) {
                last = scheduled;
                lastGrew = now;
            } else if (scheduled > 0 && lastGrew.plus(STALLED).isBefore(now)) {
                return lastGrew;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException("campaigns opened " + last / STEPS + " of " + settings.campaigns() + " campaigns");
    }

    private static final Duration STALLED = Duration.ofSeconds(30);

    /** The instances are up when Quartz has checked each in (after Flyway, before the listeners start). */
    private static void awaitCheckedIn(BenchInfrastructure infrastructure, List<CampaignsProcess> instances)
            throws Exception {
        awaitCount(infrastructure, "SELECT COUNT(*) FROM qrtz_scheduler_state", instances.size(), START_TIMEOUT,
                instances);
    }

    /** Waits until the query counts at least {@code expected}, sampling lock waits meanwhile; returns when. */
    private static Instant awaitCount(BenchInfrastructure infrastructure, String query, int expected, Duration timeout,
                                      List<CampaignsProcess> instances) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int counted = 0;
        while (System.nanoTime() < deadline) {
            for (CampaignsProcess instance : instances) {
                instance.requireAlive();
            }
            counted = count(infrastructure, query);
            lockWaits.sample(infrastructure);
            if (counted >= expected) {
                return Clock.systemUTC().instant();
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException(query + " counted " + counted + " of " + expected + " within " + timeout);
    }

    private static final LockWaits lockWaits = new LockWaits();

    static int count(BenchInfrastructure infrastructure, String query) {
        try (Connection connection = infrastructure.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException notYetMigrated) {
            return 0;
        }
    }

    /** Meetings of President Macron with President Aliyev (the demo registry): each opens one campaign. */
    private List<EventEnvelope<MeetingScheduled>> meetings(Instant first) {
        Instant now = Clock.systemUTC().instant();
        List<EventEnvelope<MeetingScheduled>> meetings = new ArrayList<>();
        for (int i = 0; i < settings.campaigns(); i++) {
            Instant startsAt = first.plusMillis(settings.window().toMillis() * i / settings.campaigns());
            meetings.add(EventEnvelope.of(new MeetingScheduled(UUID.randomUUID(), "Macron – Aliyev meeting " + i,
                    startsAt, "Europe/Paris", "Paris", List.of(
                    new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                    new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"))),
                    "/demarche/intake", now, null));
        }
        return meetings;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** The instance killed, how many deadlines had fired then, and how many of its jobs were running. */
    record Kill(String instance, int firedBefore, int inFlight) {
    }

    /** Sessions of the benchmark's database waiting on a lock (Quartz's row locks, the steps' own), sampled. */
    static final class LockWaits {

        private long samples;
        private long waiting;

        void sample(BenchInfrastructure infrastructure) {
            waiting += count(infrastructure, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND wait_event_type = 'Lock'");
            samples++;
        }

        double mean() {
            double mean = samples == 0 ? 0 : (double) waiting / samples;
            samples = 0;
            waiting = 0;
            return mean;
        }
    }

    /** What one run's audit says, against what the service scheduled. */
    record Run(String label, int instances, int deadlines, int once, int twice, int workTwice, int missed,
               int recovered, int orphans, Duration firstDueToLastFired, double lateMean, double lateMax, double lockWaits,
               Map<String, Integer> firedBy, Kill kill) {

        static Run read(String label, int instances, BenchInfrastructure infrastructure, Kill kill, double lockWaits)
                throws SQLException {
            try (Connection connection = infrastructure.connect(); Statement sql = connection.createStatement()) {
                Map<String, Integer> firedBy = new TreeMap<>();
                try (ResultSet rows = sql.executeQuery("SELECT fired_by, COUNT(*) FROM deadline_fire GROUP BY fired_by")) {
                    while (rows.next()) {
                        firedBy.put(rows.getString(1), rows.getInt(2));
                    }
                }
                try (ResultSet rows = sql.executeQuery("""
                        SELECT COUNT(*),
                               COUNT(*) FILTER (WHERE f.executions = 1 AND f.works = 1),
                               COUNT(*) FILTER (WHERE f.executions > 1),
                               COUNT(*) FILTER (WHERE f.works > 1),
                               COUNT(*) FILTER (WHERE f.works IS NULL OR f.works = 0),
                               COUNT(*) FILTER (WHERE f.recoveries > 0),
                               (SELECT COUNT(*) FROM deadline_fire o WHERE NOT EXISTS (SELECT 1 FROM campaign_deadline c
                                       WHERE c.campaign_id = o.campaign_id AND c.kind = o.kind AND c.due_at = o.due_at)),
                               EXTRACT(EPOCH FROM MAX(f.fired_at) - MIN(d.due_at)),
                               EXTRACT(EPOCH FROM AVG(f.fired_at - d.due_at)),
                               EXTRACT(EPOCH FROM MAX(f.fired_at - d.due_at))
                        FROM campaign_deadline d
                        LEFT JOIN deadline_fire f
                               ON f.campaign_id = d.campaign_id AND f.kind = d.kind AND f.due_at = d.due_at""")) {
                    rows.next();
                    return new Run(label, instances, rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4),
                            rows.getInt(5), rows.getInt(6), rows.getInt(7),
                            Duration.ofMillis(Math.round(rows.getDouble(8) * 1000)), rows.getDouble(9), rows.getDouble(10),
                            lockWaits, firedBy, kill);
                }
            }
        }

        double rate() {
            return (deadlines - missed) / seconds(firstDueToLastFired);
        }

        String row() {
            String name = kill == null ? label : "%s (%s killed -9 after %d fired, %d of its jobs running)"
                    .formatted(label, kill.instance(), kill.firedBefore(), kill.inFlight());
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %.1f s | %.1f | %.1f s / %.1f s | %.2f | %s |",
                    name, instances, deadlines, once, twice, workTwice, missed, recovered, orphans, seconds(firstDueToLastFired),
                    rate(), lateMean, lateMax, lockWaits, firedBy);
        }
    }

    /**
     * Knobs, from the environment.
     *
     * @param campaigns  {@code BENCH_DEADLINES} (10000) / 5: each campaign has five deadlines
     * @param lead       {@code BENCH_QUARTZ_LEAD} (PT6M): from publishing the meetings to the first deadline due;
     *                   long enough for the instances to open every campaign first
     * @param window     {@code BENCH_QUARTZ_WINDOW} (PT1M): the meetings' spread; deadlines fall due over it plus 60 s
     * @param killAfter  {@code BENCH_QUARTZ_KILL_AFTER} (a third of the deadlines): fired before the kill
     * @param heap       {@code BENCH_CAMPAIGNS_HEAP} (384m), each instance's -Xmx
     * @param extraArgs  {@code BENCH_CAMPAIGNS_ARGS}, e.g. {@code --spring.quartz.properties.org.quartz.threadPool.threadCount=8}
     */
    record Settings(int campaigns, Duration lead, Duration window, int killAfter, String heap, List<String> extraArgs,
                    String jar, String postgresUrl, Path work) {

        static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            int deadlines = Integer.parseInt(env.getOrDefault("BENCH_DEADLINES", "10000").strip());
            String extra = env.getOrDefault("BENCH_CAMPAIGNS_ARGS", "").strip();
            return new Settings(deadlines / STEPS, Duration.parse(env.getOrDefault("BENCH_QUARTZ_LEAD", "PT6M")),
                    Duration.parse(env.getOrDefault("BENCH_QUARTZ_WINDOW", "PT1M")),
                    Integer.parseInt(env.getOrDefault("BENCH_QUARTZ_KILL_AFTER", String.valueOf(deadlines / 3)).strip()),
                    env.getOrDefault("BENCH_CAMPAIGNS_HEAP", "384m"),
                    extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")),
                    env.getOrDefault("BENCH_CAMPAIGNS_JAR", "services/campaigns/target/campaigns-0.1.0-SNAPSHOT-exec.jar"),
                    env.getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),
                    Path.of("infra/bench/target/quartz-cluster"));
        }
    }
}
