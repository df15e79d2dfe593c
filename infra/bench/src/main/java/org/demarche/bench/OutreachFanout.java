package org.demarche.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.demarche.events.EventEnvelope;
import org.demarche.events.outreach.SignOnRequested;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * {@code outreach-fanout}: N personalised sign-on requests (N partners spread over campaigns, each
 * in its own language and zone) go through the outreach service, run as it ships (its executable
 * jar, in its own JVM, {@code -Xmx256m}), to a local SMTP sink (GreenMail), on the same Kafka and
 * PostgreSQL as production would. After a warm-up of {@value #WARM_UP} requests (the baseline has
 * one too), timed from the first request outreach consumed to the last message the SMTP server
 * accepted, both as outreach recorded them.
 *
 * <p>Baseline, measured in the same run: the same messages, as the sink received them, prepared
 * beforehand and sent by a bare {@link JavaMailSenderImpl#send(MimeMessage...)} over one reused
 * connection: the fastest the SMTP side can take them, with no queue, no database and no events;
 * the median of three runs.
 */
final class OutreachFanout {

    static final String NAME = "outreach-fanout";
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);
    private static final int WARM_UP = 1_000;
    private static final int BASELINE_RUNS = 3;

    private final Bench.Settings settings;

    OutreachFanout(Bench.Settings settings) {
        this.settings = settings;
    }

    Bench.Result run() throws Exception {
        Path work = Files.createDirectories(Path.of("infra/bench/target/outreach-fanout"));
        try (var infrastructure = BenchInfrastructure.start(settings.postgresUrl())) {
            Path gcLog = work.resolve("outreach-gc.log");
            Timing outreach;
            Duration outreachCpu;
            try (var service = OutreachProcess.start(settings, infrastructure, gcLog, work.resolve("outreach.log"))) {
                // a warm-up, as the baseline has one: the JIT compiler is not what is measured
                infrastructure.publish(requests(WARM_UP, WARM_UP / 100, "warm-up"));
                infrastructure.awaitSent(WARM_UP, RUN_TIMEOUT, service::requireAlive);
                Instant warm = infrastructure.lastConsumed();
                infrastructure.purgeSmtp();
                Duration cpuBefore = service.cpuTime();

                var measured = requests(settings.messages(), settings.campaigns(), "partner");
                infrastructure.createMailboxes(measured.stream().map(r -> r.payload().email()).toList());
                infrastructure.publish(measured);
                infrastructure.awaitSent(WARM_UP + settings.messages(), RUN_TIMEOUT, service::requireAlive);
                outreachCpu = service.cpuTime().minus(cpuBefore);
                outreach = infrastructure.firstConsumedToLastAccepted(warm);
            }
            long peakHeap = HeapPeak.fromGcLog(gcLog);
            int received = infrastructure.smtp().getReceivedMessages().length;
            if (received != settings.messages()) {
                throw new IllegalStateException("the SMTP sink received " + received + " messages, not "
                        + settings.messages() + ": some were lost or sent twice");
            }

            List<MimeMessage> prepared = prepare(infrastructure);
            Baseline baseline = baseline(infrastructure, prepared);
            double value = settings.messages() / seconds(outreach.elapsed());
            print(outreach, outreachCpu, value, baseline, peakHeap);
            return new Bench.Result(NAME, value, baseline.median(), "messages/s");
        }
    }

    /** Personalised: each partner its own name, address, language and zone, each campaign its own title. */
    private static List<EventEnvelope<SignOnRequested>> requests(int count, int campaignCount, String prefix) {
        List<String> languages = List.of("en", "fr", "ru", "az");
        List<String> zones = List.of("Europe/London", "Europe/Paris", "Europe/Moscow", "Asia/Baku");
        Instant now = java.time.Clock.systemUTC().instant();
        Instant deadline = now.plus(Duration.ofDays(6));
        List<UUID> campaigns = new ArrayList<>();
        for (int c = 0; c < campaignCount; c++) {
            campaigns.add(UUID.randomUUID());
        }
        String draft = "Dear Mr President,\n\n" + "Ahead of your meeting we write about the people held for their "
                + "work and their opinions. ".repeat(20) + "\n\nYours respectfully,";
        List<EventEnvelope<SignOnRequested>> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID campaign = campaigns.get(i % campaigns.size());
            var request = new SignOnRequested(campaign, prefix + "-" + i, "Organisation " + i, "Contact Person " + i,
                    prefix + "-" + i + "@bench.example.org", languages.get(i % 4), zones.get(i % 4),
                    "Open letter " + (i % campaigns.size()) + " on political prisoners", 1, draft, deadline,
                    deadline.plus(Duration.ofDays(3)), "Europe/Paris", "coordinators@bench.example.org", "AZ");
            requests.add(EventEnvelope.of(request, "/demarche/campaigns", now, null));
        }
        return requests;
    }

    /** The messages outreach sent, byte for byte, ready to be sent again. */
    private static List<MimeMessage> prepare(BenchInfrastructure infrastructure) throws MessagingException, IOException {
        var sender = infrastructure.mailSender();
        List<MimeMessage> prepared = new ArrayList<>();
        for (MimeMessage received : infrastructure.smtp().getReceivedMessages()) {
            var bytes = new ByteArrayOutputStream();
            received.writeTo(bytes);
            prepared.add(sender.createMimeMessage(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        }
        infrastructure.purgeSmtp();
        return prepared;
    }

    /**
     * Messages per second of a bare sender over one connection, after a warm-up: the median of
     * {@value #BASELINE_RUNS} runs. One run swung from 450 to 700 messages a second between
     * otherwise identical runs of the benchmark here (a request and its answer cross between two
     * threads for every SMTP command, and where the scheduler puts them decides much), which made
     * a ratio against a single run mean little.
     */
    private static Baseline baseline(BenchInfrastructure infrastructure, List<MimeMessage> prepared) {
        var sender = infrastructure.mailSender();
        sender.send(prepared.subList(0, Math.min(WARM_UP, prepared.size())).toArray(MimeMessage[]::new));
        infrastructure.purgeSmtp();
        List<Double> runs = new ArrayList<>();
        for (int run = 0; run < BASELINE_RUNS; run++) {
            long started = System.nanoTime();
            sender.send(prepared.toArray(MimeMessage[]::new));
            double elapsed = (System.nanoTime() - started) / 1e9;
            int received = infrastructure.smtp().getReceivedMessages().length;
            if (received != prepared.size()) {
                throw new IllegalStateException("baseline: the sink received " + received + " of " + prepared.size());
            }
            infrastructure.purgeSmtp();
            runs.add(prepared.size() / elapsed);
        }
        return new Baseline(runs);
    }

    /** Messages per second of each baseline run, in the order they ran. */
    record Baseline(List<Double> runs) {

        double median() {
            List<Double> sorted = runs.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }
    }

    private void print(Timing outreach, Duration outreachCpu, double value, Baseline baseline, long peakHeap) {
        System.out.println();
        System.out.printf(Locale.ROOT, "outreach-fanout: %d personalised sign-on requests over %d campaigns (en, fr, ru, az)%n",
                settings.messages(), settings.campaigns());
        System.out.println("| run | messages | seconds | messages/s | heap peak |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| outreach (its jar, -Xmx%s; first event consumed → last message accepted) | %d | %.2f | %.0f | %d MB |%n",
                settings.heap(), settings.messages(), seconds(outreach.elapsed()), value, peakHeap / (1024 * 1024));
        System.out.printf(Locale.ROOT, "| – of which: all requests consumed after %.2f s, first message accepted after %.2f s | | | | |%n",
                seconds(outreach.consuming()), seconds(outreach.firstMessage()));
        // steadier than the times on a shared machine: what the service itself spent, whatever else ran
        System.out.printf(Locale.ROOT, "| – outreach's own processor time: %.2f s, %.2f ms a message | | | | |%n",
                seconds(outreachCpu), outreachCpu.toNanos() / 1e6 / settings.messages());
        for (double run : baseline.runs()) {
            System.out.printf(Locale.ROOT, "| baseline run (JavaMailSender.send(MimeMessage...), one connection, prepared messages) | %d | %.2f | %.0f | – |%n",
                    settings.messages(), settings.messages() / run, run);
        }
        System.out.printf(Locale.ROOT, "| baseline: the median of the %d runs | %d | %.2f | %.0f | – |%n", baseline.runs().size(),
                settings.messages(), settings.messages() / baseline.median(), baseline.median());
        System.out.println();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /**
     * @param elapsed      from the first request consumed to the last message accepted
     * @param consuming    from the first request consumed to the last
     * @param firstMessage from the first request consumed to the first message accepted
     */
    record Timing(Duration elapsed, Duration consuming, Duration firstMessage) {
    }
}
