package org.demarche.bench.dashboard;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.bench.Bench;
import org.demarche.broker.KafkaCluster;
import org.demarche.broker.KafkaClusterSettings;
import org.demarche.events.EventEnvelope;
import org.demarche.events.EventSerializer;
import org.demarche.events.campaign.CampaignPaused;

/**
 * {@code dashboard}: the leads' dashboard under load. Its read model holds {@code campaigns}
 * campaigns of {@code partners} partners each, written straight into its tables
 * ({@link DashboardSeed}); Gatling then asks {@code GET /api/campaigns} (a status, a country, a page)
 * and {@code GET /api/campaigns/{id}}, {@code rate} a second in all for {@code seconds}, while
 * {@code streams} clients hold {@code GET /api/stream} open. During the run the benchmark publishes
 * {@code updates} CampaignPaused events on the campaigns topic of a Kafka broker process, as the
 * campaigns service would, and times each one from its publication to its arrival on every stream.
 *
 * <p>Baseline, in the same run: the same requests as the dashboard's own SQL through plain JDBC on
 * the same database at the same rate ({@link JdbcBaseline}). The line compares the p99s.
 */
public final class DashboardBenchmark {

    public static final String NAME = "dashboard";
    private static final String ADMIN = "bench-admin";
    private static final String ADMIN_PASSWORD = "the dashboard benchmark's administrator";
    /** The goals: p99 under 50 ms, every stream updated within a second. */
    private static final double GOAL_P99_MS = 50;
    private static final Duration GOAL_STREAM = Duration.ofSeconds(1);

    private final Settings settings;

    private DashboardBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static DashboardBenchmark fromEnvironment() {
        return new DashboardBenchmark(Settings.fromEnvironment());
    }

    /**
     * Knobs, from the environment ({@code BENCH_DASHBOARD_*}).
     *
     * @param warmup seconds of the same load before the measured run, for the JIT, not counted
     */
    record Settings(int campaigns, int partners, int rate, int seconds, int warmup, int streams, int updates,
                    int pageSize, String heap, String jar, List<String> javaOptions, List<String> arguments,
                    String postgresUrl, Path work) {

        static Settings fromEnvironment() {
            return new Settings(integer("BENCH_DASHBOARD_CAMPAIGNS", 10_000), integer("BENCH_DASHBOARD_PARTNERS", 100),
                    integer("BENCH_DASHBOARD_RATE", 200), integer("BENCH_DASHBOARD_SECONDS", 60),
                    integer("BENCH_DASHBOARD_WARMUP", 20), integer("BENCH_DASHBOARD_STREAMS", 200),
                    integer("BENCH_DASHBOARD_UPDATES", 10), integer("BENCH_DASHBOARD_PAGE_SIZE", 50),
                    env("BENCH_DASHBOARD_HEAP", "512m"),
                    env("BENCH_DASHBOARD_JAR", "services/dashboard/target/dashboard-0.1.0-SNAPSHOT-exec.jar"),
                    words(env("BENCH_DASHBOARD_JAVA_OPTS", "")), words(env("BENCH_DASHBOARD_ARGS", "")),
                    env("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),
                    Path.of(env("BENCH_DASHBOARD_WORK", "infra/bench/target/dashboard")));
        }

        private static int integer(String name, int otherwise) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        }

        private static String env(String name, String otherwise) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? otherwise : value.strip();
        }

        private static List<String> words(String value) {
            return value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
        }
    }

    public Bench.Outcome run() throws Exception {
        Files.createDirectories(settings.work());
        System.out.printf(Locale.ROOT, "dashboard: %d campaigns × %d partners written into the read model's tables; "
                        + "Gatling asks list pages (size %d) and campaigns' details, %d requests/s in all for %d s "
                        + "(after %d s of warm-up), HTTP Basic on every request; %d clients on /api/stream, %d "
                        + "CampaignPaused events published during the run; dashboard -Xmx%s %s %s%n",
                settings.campaigns(), settings.partners(), settings.pageSize(), settings.rate(), settings.seconds(),
                settings.warmup(), settings.streams(), settings.updates(), settings.heap(),
                String.join(" ", settings.javaOptions()), String.join(" ", settings.arguments()));
        String database = "bench_dashboard_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = settings.postgresUrl().substring(0, settings.postgresUrl().lastIndexOf('/') + 1);
        String user = user(settings.postgresUrl());
        String url = server + database;
        try (Connection admin = DriverManager.getConnection(settings.postgresUrl()); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        }
        Path brokerData = settings.work().resolve("kafka");
        KafkaCluster.endLeftOverBrokers(brokerData, 1);
        deleteRecursively(brokerData);
        try (KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(brokerData, 1))) {
            return run(kafka, url, user);
        } finally {
            try (Connection admin = DriverManager.getConnection(settings.postgresUrl());
                 Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private Bench.Outcome run(KafkaCluster kafka, String url, String user) throws Exception {
        List<String> javaOptions = new ArrayList<>(List.of("-Xmx" + settings.heap()));
        javaOptions.addAll(settings.javaOptions());
        Map<String, String> environment = Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", user,
                "SPRING_DATASOURCE_PASSWORD", "",
                "DEMARCHE_ADMIN_USER", ADMIN,
                "DEMARCHE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Path log = settings.work().resolve("dashboard.log");
        try (DashboardProcess dashboard = DashboardProcess.start(Path.of(settings.jar()), javaOptions, environment,
                settings.arguments(), log)) {
            dashboard.awaitUp(Duration.ofMinutes(5));
            long seeding = System.nanoTime();
            RequestPlan plan;
            try (Connection connection = connect(url, user)) {
                DashboardSeed.Seeded seeded = DashboardSeed.seed(connection, settings.campaigns(), settings.partners());
                System.out.printf(Locale.ROOT, "Read model written in %.0f s: %d campaigns, %d partners, %d deadlines, "
                                + "%d history entries, %d moved meetings%n", seconds(seeding), seeded.campaigns(),
                        seeded.partners(), seeded.deadlines(), seeded.history(), seeded.movedMeetings());
                plan = RequestPlan.draw(connection, Math.max(1000, settings.rate() * settings.seconds()),
                        settings.pageSize(), 1);
            }
            DashboardSimulation.Load load = load(dashboard, plan);
            String authorization = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            try (var producer = producer(kafka); StreamProbe streams = StreamProbe.open(dashboard.uri("/api/stream"),
                    authorization, settings.streams(), Duration.ofMinutes(10))) {
                List<UUID> campaigns = plan.details().stream().distinct().toList();
                awaitFirstUpdate(producer, streams, campaigns.get(campaigns.size() - 1));
                if (settings.warmup() > 0) {
                    System.out.println("Warming up…");
                    GatlingRun.run(new DashboardSimulation.Load(load.baseUrl(), load.user(), load.password(), load.rate(),
                            Duration.ofSeconds(settings.warmup()), load.lists(), load.details()),
                            settings.work().resolve("gatling-warmup"), "warm-up");
                }
                Updates updates = new Updates(producer, streams, campaigns, settings.updates(),
                        Duration.ofSeconds(settings.seconds()));
                Thread publisher = new Thread(updates, "dashboard-bench-updates");
                publisher.start();
                Map<String, GatlingRun.Stats> service = GatlingRun.run(load, settings.work().resolve("gatling"),
                        settings.rate() + " requests/s");
                publisher.join();
                updates.awaitArrivals(Duration.ofSeconds(10));
                int ended = streams.ended();
                System.out.println("Baseline: the same requests through plain JDBC…");
                JdbcBaseline baseline = new JdbcBaseline(url, user, 10);
                JdbcBaseline.Latencies jdbc = baseline.run(plan, settings.rate(), settings.seconds());
                return report(service, jdbc, updates, ended, baseline.explain(new RequestPlan.ListPage(null, null,
                        Math.max(0, settings.campaigns() / settings.pageSize() - 1), settings.pageSize()), campaigns.get(0)));
            }
        }
    }

    private DashboardSimulation.Load load(DashboardProcess dashboard, RequestPlan plan) {
        List<Map<String, Object>> lists = plan.lists().stream().map(page -> Map.<String, Object>of("query", page.query()))
                .toList();
        List<Map<String, Object>> details = plan.details().stream()
                .map(id -> Map.<String, Object>of("id", id.toString())).toList();
        String base = dashboard.uri("").toString();
        return new DashboardSimulation.Load(base, ADMIN, ADMIN_PASSWORD, settings.rate(),
                Duration.ofSeconds(settings.seconds()), lists, details);
    }

    /**
     * The dashboard's consumer may join its group after the service is UP: one update reaching every
     * stream shows the whole path works before anything is timed.
     */
    private static void awaitFirstUpdate(KafkaProducer<String, byte[]> producer, StreamProbe streams, UUID campaign)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        publish(producer, campaign, "the benchmark's first update");
        while (streams.arrivals(campaign.toString()).size() < streams.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the first update reached " + streams.arrivals(campaign.toString()).size()
                        + " of " + streams.size() + " streams within 2 minutes");
            }
            Thread.sleep(100);
        }
    }

    /** CampaignPaused events spread over the run, each for another campaign, and when each reached each stream. */
    private static final class Updates implements Runnable {

        private final KafkaProducer<String, byte[]> producer;
        private final StreamProbe streams;
        private final List<UUID> campaigns;
        private final int count;
        private final Duration over;
        private final List<UUID> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final List<Long> sentAt = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile Exception failure;

        Updates(KafkaProducer<String, byte[]> producer, StreamProbe streams, List<UUID> campaigns, int count,
                Duration over) {
            this.producer = producer;
            this.streams = streams;
            this.campaigns = campaigns;
            this.count = count;
            this.over = over;
        }

        @Override
        public void run() {
            long every = over.toNanos() / (count + 1);
            long start = System.nanoTime();
            try {
                for (int i = 0; i < count; i++) {
                    java.util.concurrent.locks.LockSupport.parkNanos(start + (i + 1) * every - System.nanoTime());
                    UUID campaign = campaigns.get(i % (campaigns.size() - 1));
                    sentAt.add(System.nanoTime());
                    sent.add(campaign);
                    publish(producer, campaign, "the benchmark's update " + (i + 1));
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        void awaitArrivals(Duration timeout) throws Exception {
            if (failure != null) {
                throw failure;
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && sent.stream().anyMatch(
                    campaign -> streams.arrivals(campaign.toString()).size() < streams.size())) {
                Thread.sleep(100);
            }
        }

        /** Per update: streams reached, and the time to the first and to the last of them. */
        List<double[]> delays() {
            List<double[]> delays = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                long at = sentAt.get(i);
                double[] arrivals = streams.arrivals(sent.get(i).toString()).stream()
                        .mapToDouble(arrival -> (arrival - at) / 1_000_000.0).sorted().toArray();
                delays.add(arrivals);
            }
            return delays;
        }
    }

    private static void publish(KafkaProducer<String, byte[]> producer, UUID campaign, String reason) throws Exception {
        var event = EventEnvelope.of(new CampaignPaused(campaign, reason), "/demarche/campaigns", Instant.now(), null);
        var headers = new RecordHeaders();
        byte[] value = new EventSerializer().serialize(event.topic(), headers, event);
        producer.send(new ProducerRecord<>(event.topic(), null, event.key(), value, headers)).get();
    }

    private static KafkaProducer<String, byte[]> producer(KafkaCluster kafka) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
    }

    private Bench.Outcome report(Map<String, GatlingRun.Stats> service, JdbcBaseline.Latencies jdbc, Updates updates,
                                 int endedStreams, List<String> plans) {
        System.out.println();
        System.out.println("| requests | through | count | per second | errors | p50 | p95 | p99 | max |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (GatlingRun.Stats stats : service.values()) {
            System.out.printf(Locale.ROOT, "| %s | dashboard (Gatling) | %d | %.1f | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                    stats.name(), stats.requests(), stats.perSecond(), stats.errors(), stats.p50(), stats.p95(),
                    stats.p99(), stats.max());
        }
        double[] all = new double[jdbc.list().length + jdbc.detail().length];
        System.arraycopy(jdbc.list(), 0, all, 0, jdbc.list().length);
        System.arraycopy(jdbc.detail(), 0, all, jdbc.list().length, jdbc.detail().length);
        baselineRow(DashboardSimulation.LIST, jdbc.list(), 0);
        baselineRow(DashboardSimulation.DETAIL, jdbc.detail(), 0);
        baselineRow("All Requests", all, jdbc.errors());
        System.out.println();
        System.out.println("| update | streams reached | within " + GOAL_STREAM.toMillis() + " ms | first | median | last |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        int updatesInTime = 0;
        double slowest = 0;
        List<double[]> delays = updates.delays();
        for (int i = 0; i < delays.size(); i++) {
            double[] arrivals = delays.get(i);
            long inTime = Arrays.stream(arrivals).filter(delay -> delay <= GOAL_STREAM.toMillis()).count();
            if (inTime == updates.streams.size()) {
                updatesInTime++;
            }
            double last = arrivals.length == 0 ? Double.NaN : arrivals[arrivals.length - 1];
            slowest = Math.max(slowest, arrivals.length < updates.streams.size() ? Double.POSITIVE_INFINITY : last);
            System.out.printf(Locale.ROOT, "| %d | %d of %d | %d | %.0f ms | %.0f ms | %.0f ms |%n", i + 1, arrivals.length,
                    updates.streams.size(), inTime, arrivals.length == 0 ? Double.NaN : arrivals[0],
                    percentile(arrivals, 50), last);
        }
        System.out.println();
        System.out.println("Plans (EXPLAIN ANALYZE, after the run):");
        plans.forEach(line -> System.out.println("    " + line));
        System.out.println();
        GatlingRun.Stats total = service.get("All Requests");
        double baselineP99 = percentile(all, 99);
        boolean streamsOk = endedStreams == 0 && updatesInTime == delays.size();
        System.out.printf(Locale.ROOT, "Goals: p99 < %.0f ms: %s (%.0f ms); 0 errors: %s (%d); every stream updated "
                        + "within %d s: %s (%d of %d updates, slowest %.0f ms; %d streams ended early)%n",
                GOAL_P99_MS, total.p99() < GOAL_P99_MS ? "met" : "NOT met", total.p99(),
                total.errors() == 0 ? "met" : "NOT met", total.errors(), GOAL_STREAM.toSeconds(),
                streamsOk ? "met" : "NOT met", updatesInTime, delays.size(), slowest, endedStreams);
        String line = String.format(Locale.ROOT, "%s: %d errors, %d of %d updates on all %d streams within 1 s, "
                        + "p99 %.0f ms, baseline p99 %.1f ms, ratio %.2f", NAME, total.errors(), updatesInTime,
                delays.size(), updates.streams.size(), total.p99(), baselineP99, baselineP99 / total.p99());
        boolean delivered = delays.stream().allMatch(arrivals -> arrivals.length == updates.streams.size());
        return Bench.Outcome.of(line, total.errors() == 0 && jdbc.errors() == 0 && delivered);
    }

    private static void baselineRow(String name, double[] latencies, int errors) {
        System.out.printf(Locale.ROOT, "| %s | plain JDBC | %d | – | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", name,
                latencies.length, errors, percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), percentile(latencies, 100));
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Connection connect(String url, String user) throws java.sql.SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        return DriverManager.getConnection(url, properties);
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String user(String postgresUrl) {
        int query = postgresUrl.indexOf('?');
        if (query >= 0) {
            for (String parameter : postgresUrl.substring(query + 1).split("&")) {
                if (parameter.startsWith("user=")) {
                    return parameter.substring("user=".length());
                }
            }
        }
        return "postgres";
    }
}
