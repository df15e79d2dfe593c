package org.demarche.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.demarche.bench.chaos.ChaosBenchmark;
import org.demarche.bench.dashboard.DashboardBenchmark;

/**
 * The project's benchmark runner: {@code infra/bench/run <name>}. Each benchmark prints a table and
 * ends with one line, {@code <name>: <value> <unit>, baseline <value> <unit>, ratio <r>}, the
 * baseline being measured in the same run on the same machine.
 */
public final class Bench {

    private static final Map<String, Callable<Outcome>> BENCHMARKS = new TreeMap<>(Map.of(
            OutreachFanout.NAME, () -> new OutreachFanout(Settings.fromEnvironment()).run(),
            QuartzCluster.NAME, () -> new QuartzCluster(QuartzCluster.Settings.fromEnvironment()).run(),
            Deadlines.NAME, () -> new Deadlines(Deadlines.Settings.fromEnvironment()).run(),
            ChaosBenchmark.NAME, () -> ChaosBenchmark.fromEnvironment().run(),
            LocalStack.NAME, () -> LocalStack.fromEnvironment().run(),
            DashboardBenchmark.NAME, () -> DashboardBenchmark.fromEnvironment().run(),
            FirstEmail.NAME, () -> new FirstEmail(FirstEmail.Settings.fromEnvironment()).run(),
            IntakeThroughput.NAME, () -> new IntakeThroughput(IntakeThroughput.Settings.fromEnvironment()).run()));

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !BENCHMARKS.containsKey(args[0])) {
            System.err.println("usage: infra/bench/run <name>; benchmarks: " + String.join(", ", BENCHMARKS.keySet()));
            System.exit(2);
        }
        Outcome outcome = BENCHMARKS.get(args[0]).call();
        System.out.println(outcome.line());
        System.exit(outcome.passed() ? 0 : 1); // the embedded broker leaves non-daemon threads behind
    }

    /** A benchmark's last line, and whether what it checks on the way held. */
    public interface Outcome {

        String line();

        default boolean passed() {
            return true;
        }

        /** A line, and whether what the benchmark checked on the way held. */
        static Outcome of(String line, boolean passed) {
            record Line(String line, boolean passed) implements Outcome {
            }
            return new Line(line, passed);
        }
    }

    /**
     * What a benchmark measured and what it is compared with; higher is better for both.
     *
     * @param counts what else the line says before the value (e.g. what went wrong), or empty
     */
    record Result(String name, String counts, double value, double baseline, String unit) implements Outcome {

        Result(String name, double value, double baseline, String unit) {
            this(name, "", value, baseline, unit);
        }

        double ratio() {
            return value / baseline;
        }

        @Override
        public String line() {
            return "%s: %s%.0f %s, baseline %.0f %s, ratio %.2f".formatted(name, counts.isEmpty() ? "" : counts + ", ",
                    value, unit, baseline, unit, ratio());
        }
    }

    /**
     * Knobs, from the environment.
     *
     * @param messages  sign-on requests sent ({@code BENCH_MESSAGES}, 10000)
     * @param campaigns over how many campaigns they are spread ({@code BENCH_CAMPAIGNS}, 100)
     * @param heap      the outreach JVM's -Xmx ({@code BENCH_OUTREACH_HEAP}, 256m)
     * @param outreachJar the outreach service as it ships
     */
    record Settings(int messages, int campaigns, String heap, String outreachJar, String postgresUrl) {

        static Settings fromEnvironment() {
            return new Settings(integer("BENCH_MESSAGES", 10_000), integer("BENCH_CAMPAIGNS", 100),
                    System.getenv().getOrDefault("BENCH_OUTREACH_HEAP", "256m"),
                    System.getenv().getOrDefault("BENCH_OUTREACH_JAR",
                            "services/outreach/target/outreach-0.1.0-SNAPSHOT-exec.jar"),
                    System.getenv().getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
        }

        private static int integer(String name, int otherwise) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        }

        Map<String, Object> describe() {
            return new TreeMap<>(Map.of("messages", messages, "campaigns", campaigns, "outreach heap", heap));
        }
    }
}
