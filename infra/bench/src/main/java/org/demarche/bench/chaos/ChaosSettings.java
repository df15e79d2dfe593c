package org.demarche.bench.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chaos run's knobs, from the environment.
 *
 * @param campaigns   meetings entered, each opening one campaign ({@code BENCH_CHAOS_CAMPAIGNS}, 100)
 * @param partners    partners concerned with the meetings' country, each asked in every campaign
 *                    ({@code BENCH_CHAOS_PARTNERS}, 20)
 * @param seed        what partners answer, which instance is killed when ({@code BENCH_CHAOS_SEED}, 1)
 * @param killMin     shortest wait between two kills ({@code BENCH_CHAOS_KILL_EVERY}, "15-30" seconds)
 * @param killMax     longest wait between two kills
 * @param spread      over how long the meetings' start times are spread ({@code BENCH_CHAOS_SPREAD}, 120 s)
 * @param baseline    whether the run without kills is made first ({@code BENCH_CHAOS_BASELINE}, true)
 * @param postgresUrl the PostgreSQL server's admin database ({@code BENCH_POSTGRES_URL})
 * @param workDir     brokers' logs and the services' logs ({@code infra/bench/target/chaos})
 */
record ChaosSettings(int campaigns, int partners, long seed, Duration killMin, Duration killMax, Duration spread,
                     boolean baseline, String postgresUrl, Path workDir) {

    static final String VERSION = "0.1.0-SNAPSHOT";

    static ChaosSettings fromEnvironment() {
        String[] kill = env("BENCH_CHAOS_KILL_EVERY", "15-30").split("-");
        return new ChaosSettings(integer("BENCH_CHAOS_CAMPAIGNS", 100), integer("BENCH_CHAOS_PARTNERS", 20),
                Long.parseLong(env("BENCH_CHAOS_SEED", "1")),
                Duration.ofSeconds(Long.parseLong(kill[0].strip())),
                Duration.ofSeconds(Long.parseLong(kill[kill.length - 1].strip())),
                Duration.ofSeconds(integer("BENCH_CHAOS_SPREAD", 120)),
                !env("BENCH_CHAOS_BASELINE", "true").equalsIgnoreCase("false"),
                env("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"),
                Path.of("infra/bench/target/chaos").toAbsolutePath());
    }

    Path jar(String service) {
        return Path.of("services", service, "target", service + "-" + VERSION + "-exec.jar").toAbsolutePath();
    }

    Map<String, Object> describe() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("BENCH_CHAOS_CAMPAIGNS", campaigns);
        settings.put("BENCH_CHAOS_PARTNERS", partners);
        settings.put("BENCH_CHAOS_SEED", seed);
        settings.put("BENCH_CHAOS_KILL_EVERY", killMin.toSeconds() + "-" + killMax.toSeconds() + " s");
        settings.put("BENCH_CHAOS_SPREAD", spread.toSeconds() + " s");
        settings.put("BENCH_CHAOS_BASELINE", baseline);
        return settings;
    }

    private static int integer(String name, int otherwise) {
        return Integer.parseInt(env(name, String.valueOf(otherwise)).strip());
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
