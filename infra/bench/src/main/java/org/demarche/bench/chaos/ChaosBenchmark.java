package org.demarche.bench.chaos;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.demarche.bench.Bench;

/**
 * {@code infra/bench/run chaos}: the same campaigns run twice on the production shape, first
 * without anything killed (the baseline), then while {@link Monkey} kills instances, a broker and
 * database connections; each run is judged by {@link EndChecks}. The time of a run is from the
 * first meeting entered to the last email the sink received; the ratio compares the two.
 */
public final class ChaosBenchmark {

    public static final String NAME = "chaos";
    /** After the last follow-up is due, how long the services may take to finish. */
    private static final Duration DRAIN = Duration.ofMinutes(8);
    /** The sink must receive nothing for this long, with outreach's queue empty, before a run is over. */
    private static final Duration QUIET = Duration.ofSeconds(20);

    private final ChaosSettings settings;
    private final Timeline timeline = Timeline.COMPRESSED;

    private ChaosBenchmark(ChaosSettings settings) {
        this.settings = settings;
    }

    public static ChaosBenchmark fromEnvironment() {
        return new ChaosBenchmark(ChaosSettings.fromEnvironment());
    }

    /** One run's measure. */
    private record Run(EndChecks.Outcome outcome, Duration elapsed, List<String> chaos, int refusedAnswers,
                       int answers) {
    }

    public Bench.Outcome run() throws Exception {
        System.out.println("[chaos] settings " + settings.describe() + "; plan " + new TreeMap<>(timeline.environment()));
        System.out.println("[chaos] logs under " + settings.workDir());
        Run baseline = settings.baseline() ? once("baseline", false) : null;
        if (baseline != null) {
            report("baseline (no kills)", baseline);
        }
        Run chaos = once("chaos", true);
        report("with kills", chaos);
        EndChecks.Outcome outcome = chaos.outcome();
        double baselineSeconds = baseline == null ? Double.NaN : baseline.elapsed().toMillis() / 1000.0;
        double ratio = chaos.elapsed().toMillis() / 1000.0 / baselineSeconds;
        String line = "chaos: %d emails, lost %d, duplicates %d, deadlines %d/%d once, campaigns %d/%d published, "
                .formatted(outcome.emails(), outcome.lost(), outcome.duplicates(), outcome.deadlinesOnce(),
                        outcome.deadlines(), outcome.published(), outcome.campaigns())
                + "baseline %.0f s, ratio %.2f".formatted(baselineSeconds, ratio);
        boolean passed = outcome.clean() && (baseline == null || baseline.outcome().clean());
        return new Bench.Outcome() {
            @Override
            public String line() {
                return line;
            }

            @Override
            public boolean passed() {
                return passed;
            }
        };
    }

    private Run once(String label, boolean kills) throws Exception {
        System.out.printf("[chaos] %s: starting 3 brokers, 4 databases, the SMTP sink and 8 instances…%n", label);
        Instant starting = Instant.now();
        try (ChaosStack stack = ChaosStack.start(settings, timeline, settings.workDir().resolve(label))) {
            System.out.printf("[chaos] %s: all UP after %d s (Kafka %s)%n", label, Scenario.since(starting).toSeconds(),
                    stack.kafka().bootstrapServers());
            var scenario = new Scenario(settings, stack);
            scenario.registry();
            Instant entered = Instant.now();
            Instant lastFollowUp = scenario.lastFollowUp(timeline, entered);
            Monkey monkey = kills ? new Monkey(settings, stack, lastFollowUp) : null;
            Map<UUID, Integer> meetings = scenario.meetings(timeline, entered);
            System.out.printf("[chaos] %s: %d meetings entered in %d s; the last follow-up is due in %d s%n", label,
                    meetings.size(), Scenario.since(entered).toSeconds(),
                    Duration.between(Instant.now(), lastFollowUp).toSeconds());
            try (Partners partners = new Partners(scenario, stack, meetings)) {
                Instant lastEmail = awaitEnd(label, stack, lastFollowUp, monkey);
                Duration elapsed = Duration.between(entered, lastEmail);
                List<String> chaos = monkey == null ? List.of() : monkey.events();
                EndChecks.Outcome outcome = EndChecks.of(stack, settings.campaigns());
                return new Run(outcome, elapsed, chaos, partners.refused(), partners.answered().size());
            } finally {
                if (monkey != null) {
                    monkey.close();
                }
            }
        }
    }

    /**
     * Waits until every campaign is done (its follow-up reached), outreach's queue is empty and the
     * sink has received nothing for {@link #QUIET}; stops the kills once the last follow-up is due.
     *
     * @return when the sink received its last message
     */
    private Instant awaitEnd(String label, ChaosStack stack, Instant lastFollowUp, Monkey monkey) throws Exception {
        Instant giveUp = lastFollowUp.plus(DRAIN);
        int lastCount = -1;
        Instant lastChange = Instant.now();
        Instant nextReport = Instant.now();
        boolean killing = monkey != null;
        while (true) {
            Instant now = Instant.now();
            if (killing && now.isAfter(lastFollowUp)) {
                monkey.close();
                killing = false;
                System.out.printf("[chaos] %s: the last follow-up is due; no more kills (%d instances killed)%n", label,
                        monkey.kills());
            }
            if (!killing) {
                for (ServiceInstance instance : stack.instances()) {
                    if (!instance.isAlive()) {
                        stack.restartExited(instance);
                    }
                }
            }
            int count = stack.smtp().getReceivedMessages().length;
            if (count != lastCount) {
                lastCount = count;
                lastChange = now;
            }
            Map<String, Integer> campaigns = countBy(stack, "campaigns", "SELECT status, COUNT(*) FROM campaign GROUP BY status");
            Map<String, Integer> queue = countBy(stack, "outreach",
                    "SELECT status, COUNT(*) FROM outbound_message GROUP BY status");
            if (now.isAfter(nextReport)) {
                long up = stack.instances().stream().filter(ServiceInstance::isAlive).count();
                System.out.printf("[chaos] %s: %s emails; campaigns %s; outreach queue %s; %d of 8 instances running%n",
                        label, count, campaigns, queue, up);
                nextReport = now.plusSeconds(30);
            }
            int existing = campaigns.values().stream().mapToInt(Integer::intValue).sum();
            boolean allDone = existing > 0 && campaigns.getOrDefault("done", 0) == existing;
            boolean drained = queue.getOrDefault("pending", 0) + queue.getOrDefault("sending", 0) == 0;
            Duration quiet = Duration.between(lastChange, now);
            // a campaign that never opened never gets done: once the rest are, waiting longer shows nothing
            boolean complete = existing >= settings.campaigns() ? quiet.compareTo(QUIET) >= 0
                    : quiet.compareTo(QUIET.multipliedBy(4)) >= 0;
            if (!killing && allDone && drained && complete) {
                return lastChange;
            }
            if (now.isAfter(giveUp)) {
                System.out.printf("[chaos] %s: not finished %d s after the last follow-up; judging it as it stands%n",
                        label, DRAIN.toSeconds());
                return lastChange;
            }
            Thread.sleep(2000);
        }
    }

    private static Map<String, Integer> countBy(ChaosStack stack, String service, String sql) {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection db = stack.databases().connect(service); var statement = db.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException notYetThere) {
            // the tables come with the first instance's migration
        }
        return counts;
    }

    private static void report(String what, Run run) {
        EndChecks.Outcome outcome = run.outcome();
        System.out.printf("%n[chaos] ---- %s ----%n", what);
        run.chaos().forEach(event -> System.out.println("[chaos]   " + event));
        System.out.printf("[chaos] %-34s %d%n", "emails the sink received", outcome.emails());
        System.out.printf("[chaos] %-34s %d%n", "lost", outcome.lost());
        System.out.printf("[chaos] %-34s %d (%d resent under the same Message-ID, %d not expected at all)%n",
                "duplicates", outcome.duplicates(), outcome.resentSameId(), outcome.unexpected());
        System.out.printf("[chaos] %-34s %d/%d%n", "deadlines reached once", outcome.deadlinesOnce(), outcome.deadlines());
        System.out.printf("[chaos] %-34s %d/%d%n", "campaigns published once", outcome.published(), outcome.campaigns());
        System.out.printf("[chaos] %-34s %d%n", "records in dead-letter topics", outcome.deadLetters());
        System.out.printf("[chaos] %-34s %d accepted, %d refused%n", "partners' answers", run.answers(),
                run.refusedAnswers());
        System.out.printf("[chaos] %-34s %.0f s%n", "first meeting to last email", run.elapsed().toMillis() / 1000.0);
        outcome.notes().stream().limit(20).forEach(note -> System.out.println("[chaos]   note: " + note));
        if (outcome.notes().size() > 20) {
            System.out.printf("[chaos]   … and %d notes more%n", outcome.notes().size() - 20);
        }
        outcome.problems().stream().limit(20).forEach(problem -> System.out.println("[chaos]   PROBLEM: " + problem));
    }
}
