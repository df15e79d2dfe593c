package org.demarche.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.mail.MessagingException;

import com.icegreen.greenmail.store.StoredMessage;
import org.demarche.bench.chaos.ApiClient;
import org.demarche.bench.chaos.ChaosStack;
import org.demarche.bench.chaos.Scenario;
import org.demarche.events.Topics;

/**
 * {@code first-email}: meetings entered through intake's {@code POST /api/meetings}, each opening a
 * campaign whose requests to co-sign are due at once, and the time from each 201 to the campaign's
 * first email accepted by the SMTP sink. Intake, campaigns and outreach run as their jars on real
 * broker processes and PostgreSQL; the chain is intake (outbox → {@code demarche.meetings.v1}) →
 * campaigns (opens the campaign; its Quartz deadline fires; outbox → {@code demarche.outreach.v1})
 * → outreach (queues, sends).
 *
 * <p>Twenty meetings go through the chain first, unmeasured (the JVMs are cold). The plan puts the requests an hour before the meeting and the other steps at least half an
 * hour before it, so a meeting entered to start an hour from now (to the second) has its requests
 * due at once and nothing else falls due during the run.
 *
 * <p>Baseline, in the same run on the same brokers: the Kafka path alone, with the chain's two hops
 * (a producer, a consumer that sends each record on to a second topic, a consumer of that topic;
 * the clients' defaults, as the services' Spring Kafka uses them), the same number of records at
 * the same pace; the latency is from before the first send to the second consumer's poll.
 */
final class FirstEmail {

    static final String NAME = "first-email";
    private static final Map<String, String> TIMELINE = Map.of(
            "DEMARCHE_TIMELINE_SIGNONREQUESTS", "PT1H", "DEMARCHE_TIMELINE_REMINDER", "PT50M",
            "DEMARCHE_TIMELINE_SIGNONCLOSES", "PT40M", "DEMARCHE_TIMELINE_PUBLICATION", "PT30M",
            "DEMARCHE_TIMELINE_FOLLOWUP", "PT1H");
    private static final Duration MEETING_LEAD = Duration.ofHours(1);
    private static final List<String> SERVICES = List.of("intake", "campaigns", "outreach");
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final Settings settings;

    FirstEmail(Settings settings) {
        this.settings = settings;
    }

    Bench.Result run() throws Exception {
        System.out.printf(Locale.ROOT, "first-email: %d meetings entered through intake at %.1f a second, each opening one "
                        + "campaign of %d partners whose requests are due at once, after %d unmeasured ones and their emails; "
                        + "%d broker(s); intake, campaigns and outreach one instance each, as in application.yml (JVMs: serial GC, "
                        + "full JIT, -Xmx512m)%n",
                settings.meetings(), settings.pace(), settings.partners(), settings.warmUp(), settings.brokers());
        ServiceStack.describeJavaOptions(SERVICES).forEach((service, options) ->
                System.out.println(service + " JVM options: " + options));
        try (var stack = ServiceStack.start(SERVICES, settings.brokers(), settings.postgresUrl(), settings.work(),
                TIMELINE, List.of(Topics.MEETINGS, Topics.OUTREACH))) {
            ApiClient admin = ApiClient.as(ChaosStack.ADMIN, ChaosStack.ADMIN_PASSWORD);
            Scenario.registry(admin, path -> stack.uri("campaigns", path), settings.partners());
            // the services' first meetings run on a cold JVM: as many go through the whole chain first, at the
            // same pace, unmeasured, and every email they cause is sent before the measured ones are entered
            awaitFirstEmails(stack, enterMeetings(stack, admin, "Warm-up meeting", settings.warmUp()).size());
            awaitEmptyQueue(stack);
            Map<UUID, Instant> created = enterMeetings(stack, admin, "First-email meeting", settings.meetings());
            awaitFirstEmails(stack, settings.warmUp() + created.size());
            List<Stages> chain = stages(stack, created);

            Latencies kafka = KafkaHops.measure(stack.bootstrapServers(), settings.brokers(), settings.meetings(),
                    settings.pace());

            Latencies total = Latencies.of(chain.stream().map(Stages::total).toList());
            System.out.println();
            System.out.println("| run | meetings | first emails | p50 | p90 | p99 | max |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            System.out.println(total.row("201 → first email accepted by the SMTP sink", settings.meetings()));
            System.out.println(Latencies.of(chain.stream().map(Stages::opened).toList())
                    .row("201 → campaign opened (intake's relay, hop 1, campaigns)", settings.meetings()));
            System.out.println(Latencies.of(chain.stream().map(Stages::fired).toList())
                    .row("campaign opened → deadline fired (Quartz)", settings.meetings()));
            System.out.println(Latencies.of(chain.stream().map(Stages::queued).toList())
                    .row("deadline fired → first email queued (campaigns' relay, hop 2, outreach)", settings.meetings()));
            System.out.println(Latencies.of(chain.stream().map(Stages::accepted).toList())
                    .row("first email queued → accepted by the sink (outreach's senders)", settings.meetings()));
            System.out.println(kafka.row("baseline: Kafka alone, 2 hops, produce → consume", settings.meetings()));
            System.out.println();
            int missing = settings.meetings() - chain.size();
            return new Bench.Result(NAME, "%d meetings, %d without an email, p50 %.0f ms".formatted(settings.meetings(),
                    missing, total.p50()), total.p99(), kafka.p99(), "ms p99");
        }
    }

    /** Enters the meetings at the pace; returns each meeting's id and when its 201 came back. */
    private Map<UUID, Instant> enterMeetings(ServiceStack stack, ApiClient admin, String title, int count)
            throws InterruptedException {
        Map<UUID, Instant> created = new LinkedHashMap<>();
        long period = Math.round(1e9 / settings.pace());
        long next = System.nanoTime();
        for (int i = 0; i < count; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += period;
            // the requests are due an hour before the start: to the second, now or just gone
            Instant startsAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(MEETING_LEAD);
            ApiClient.Response response = admin.post(stack.uri("intake", "/api/meetings"),
                    Scenario.meetingBody(title + " " + (i + 1), startsAt));
            Instant answered = Instant.now();
            if (response.status() != 201) {
                throw new IllegalStateException("intake answered " + response.status() + ": " + response.body());
            }
            created.put(UUID.fromString(response.json().path("id").asString()), answered);
        }
        return created;
    }

    /** Until every campaign has had an email accepted, or nothing new for a while. */
    private void awaitFirstEmails(ServiceStack stack, int campaigns) throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int sent = 0;
        while (System.nanoTime() < deadline) {
            sent = countInOutreach(stack, "SELECT COUNT(DISTINCT campaign_id) FROM outbound_message WHERE status = 'sent'");
            if (sent >= campaigns) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        System.out.printf("first-email: %d of %d campaigns had an email accepted within %s%n", sent, campaigns, PATIENCE);
    }

    /** Until outreach has no message waiting to be sent, or nothing changes for a while. */
    private void awaitEmptyQueue(ServiceStack stack) throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int waiting = -1;
        while (System.nanoTime() < deadline) {
            waiting = countInOutreach(stack, "SELECT COUNT(*) FROM outbound_message WHERE status IN ('queued', 'sending')");
            if (waiting == 0) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        System.out.printf("first-email: %d warm-up messages still waiting after %s%n", waiting, PATIENCE);
    }

    /** A count from outreach's database, once every service is checked to be still running. */
    private static int countInOutreach(ServiceStack stack, String query) throws SQLException {
        stack.requireAlive();
        try (Connection outreach = stack.databases().connect("outreach"); Statement sql = outreach.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Each meeting's way through the chain, from what the services recorded and the sink's arrival times. */
    private List<Stages> stages(ServiceStack stack, Map<UUID, Instant> created) throws SQLException, MessagingException {
        Map<String, Instant> arrived = new HashMap<>();
        for (StoredMessage message : stack.smtp().getManagers().getImapHostManager().getAllMessages()) {
            arrived.merge(message.getMimeMessage().getMessageID(), message.getReceivedDate().toInstant(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        // campaign → (first arrival, when its message was queued)
        Map<UUID, Instant[]> firstMail = new HashMap<>();
        try (Connection outreach = stack.databases().connect("outreach"); Statement sql = outreach.createStatement();
             ResultSet rows = sql.executeQuery("SELECT campaign_id, message_id, created_at FROM outbound_message")) {
            while (rows.next()) {
                Instant at = arrived.get(rows.getString(2));
                if (at != null) {
                    Instant queued = rows.getTimestamp(3).toInstant();
                    firstMail.merge(rows.getObject(1, UUID.class), new Instant[] {at, queued},
                            (a, b) -> a[0].isBefore(b[0]) ? a : b);
                }
            }
        }
        List<Stages> stages = new ArrayList<>();
        try (Connection campaigns = stack.databases().connect("campaigns"); Statement sql = campaigns.createStatement();
             ResultSet rows = sql.executeQuery("""
                     SELECT c.id, c.meeting_id, c.opened_at, f.fired_at
                     FROM campaign c LEFT JOIN deadline_fire f ON f.campaign_id = c.id AND f.kind = 'sign-on-requests'""")) {
            while (rows.next()) {
                Instant entered = created.get(rows.getObject(2, UUID.class));
                Instant[] mail = firstMail.get(rows.getObject(1, UUID.class));
                if (entered == null || mail == null || rows.getTimestamp(4) == null) {
                    continue;
                }
                stages.add(new Stages(entered, rows.getTimestamp(3).toInstant(), rows.getTimestamp(4).toInstant(),
                        mail[1], mail[0]));
            }
        }
        return stages;
    }

    /** When a meeting's 201 came back, its campaign opened, the deadline fired, the first email was queued and accepted. */
    record Stages(Instant entered, Instant openedAt, Instant firedAt, Instant queuedAt, Instant acceptedAt) {

        Duration total() {
            return Duration.between(entered, acceptedAt);
        }

        Duration opened() {
            return Duration.between(entered, openedAt);
        }

        Duration fired() {
            return Duration.between(openedAt, firedAt);
        }

        Duration queued() {
            return Duration.between(firedAt, queuedAt);
        }

        Duration accepted() {
            return Duration.between(queuedAt, acceptedAt);
        }
    }

    /** Percentiles of a run's latencies, in milliseconds. */
    record Latencies(int count, double p50, double p90, double p99, double max) {

        static Latencies of(List<Duration> latencies) {
            double[] ms = latencies.stream().mapToDouble(d -> d.toNanos() / 1e6).sorted().toArray();
            if (ms.length == 0) {
                return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Latencies(ms.length, percentile(ms, 50), percentile(ms, 90), percentile(ms, 99), ms[ms.length - 1]);
        }

        /** Nearest rank. */
        private static double percentile(double[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        String row(String label, int expected) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms |", label, expected,
                    count, p50, p90, p99, max);
        }
    }

    /**
     * Knobs, from the environment.
     *
     * @param meetings {@code BENCH_FIRST_EMAIL_MEETINGS} (200)
     * @param partners {@code BENCH_FIRST_EMAIL_PARTNERS} (10): partners asked in each campaign
     * @param pace     {@code BENCH_FIRST_EMAIL_PACE} (10): meetings entered a second
     * @param warmUp   {@code BENCH_FIRST_EMAIL_WARMUP} (as many as measured): meetings through the chain first
     * @param brokers  {@code BENCH_BROKERS} (1): Kafka broker processes, topics replicated on all
     */
    record Settings(int meetings, int warmUp, int partners, double pace, int brokers, String postgresUrl, Path work) {

        static Settings fromEnvironment() {
            Map<String, String> env = System.getenv();
            String meetings = env.getOrDefault("BENCH_FIRST_EMAIL_MEETINGS", "200").strip();
            return new Settings(Integer.parseInt(meetings),
                    Integer.parseInt(env.getOrDefault("BENCH_FIRST_EMAIL_WARMUP", meetings).strip()),
                    Integer.parseInt(env.getOrDefault("BENCH_FIRST_EMAIL_PARTNERS", "10").strip()),
                    Double.parseDouble(env.getOrDefault("BENCH_FIRST_EMAIL_PACE", "10").strip()),
                    Integer.parseInt(env.getOrDefault("BENCH_BROKERS", "1").strip()),
                    env.getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),
                    Path.of("infra/bench/target/first-email").toAbsolutePath());
        }
    }
}
