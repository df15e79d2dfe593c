package org.demarche.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import org.demarche.bench.chaos.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code local-stack}: {@code infra/local/run} on a fresh data dir, as a person starts it. Measures
 * the seconds from the command to all four services healthy, runs one campaign of the reference case
 * through it (a meeting entered, partners asked, reminded, the letter published) and then adds up
 * the resident memory of every process the command started. Baseline: the same stack with the JVMs'
 * own defaults ({@code DEMARCHE_LOCAL_JAVA_OPTS=-Xss1m}) instead of the script's memory-lean options,
 * and without the class data archives; between the two, the lean options without the archives.
 * The ratio is the shipped stack's seconds over the baseline's: lower is better.
 *
 * <p>The jars are built before (infra/bench/run does), so that no build is timed.
 */
final class LocalStack {

    static final String NAME = "local-stack";
    /** The product's plan, its days as seconds: the campaign runs within three minutes of the meeting being entered. */
    private static final Map<String, String> PLAN = Map.of(
            "DEMARCHE_TIMELINE_SIGNONREQUESTS", "PT150S", "DEMARCHE_TIMELINE_REMINDER", "PT120S",
            "DEMARCHE_TIMELINE_SIGNONCLOSES", "PT90S", "DEMARCHE_TIMELINE_PUBLICATION", "PT75S",
            "DEMARCHE_TIMELINE_FOLLOWUP", "PT5S");
    private static final Duration MEETING_LEAD = Duration.ofSeconds(165);
    private static final String ADMIN_PASSWORD = "local-stack-benchmark";
    private static final String JVM_DEFAULTS = "-Xss1m";

    private final Duration startTimeout;
    private final int repeat;

    /** @param repeat how many times the stack as shipped is measured (the line gives their median) */
    LocalStack(Duration startTimeout, int repeat) {
        this.startTimeout = startTimeout;
        this.repeat = repeat;
    }

    static LocalStack fromEnvironment() {
        return new LocalStack(Duration.ofSeconds(Long.parseLong(
                System.getenv().getOrDefault("BENCH_LOCAL_START_TIMEOUT", "240").strip())),
                Math.max(1, Integer.parseInt(System.getenv().getOrDefault("BENCH_LOCAL_REPEAT", "1").strip())));
    }

    Bench.Outcome run() throws Exception {
        System.out.printf("%s: infra/local/run on a fresh data dir; the reference campaign on a plan of seconds %s;"
                + " memory is the resident set of every process the command started, after the campaign%n", NAME, PLAN);
        List<Run> shipped = new java.util.ArrayList<>();
        for (int i = 1; i <= repeat; i++) {
            shipped.add(measure(repeat == 1 ? "infra/local/run as shipped" : "infra/local/run as shipped, run " + i,
                    Map.of()));
        }
        // the median start (the middle one of an odd number), with its memory
        Run lean = shipped.stream().sorted(java.util.Comparator.comparingDouble(Run::upSeconds)).toList()
                .get((shipped.size() - 1) / 2);
        Run noArchive = measure("without class data archives", Map.of("DEMARCHE_LOCAL_CDS", "false"));
        Run stock = measure("JVM defaults (" + JVM_DEFAULTS + "), no archives",
                Map.of("DEMARCHE_LOCAL_CDS", "false", "DEMARCHE_LOCAL_JAVA_OPTS", JVM_DEFAULTS));
        System.out.println("| run | to all four UP | resident after the campaign | processes | campaign |");
        System.out.println("|---|---:|---:|---:|---|");
        List<Run> runs = new java.util.ArrayList<>(shipped);
        runs.addAll(List.of(noArchive, stock));
        for (Run run : runs) {
            System.out.printf("| %s | %.1f s | %d MB | %d | %s |%n", run.label(), run.upSeconds(), run.residentMb(),
                    run.processes(), run.campaign());
        }
        return new Bench.Result(NAME, "%d MB resident (baseline %d MB)".formatted(lean.residentMb(), stock.residentMb()),
                lean.upSeconds(), stock.upSeconds(), "s to all four UP");
    }

    private Run measure(String label, Map<String, String> settings) throws Exception {
        Path dataDir = Files.createTempDirectory("demarche-local-stack-");
        Path output = dataDir.resolve("run.out");
        var command = new ProcessBuilder("bash", "infra/local/run").redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = command.environment();
        environment.put("DEMARCHE_LOCAL_DATADIR", dataDir.resolve("data").toString());
        environment.put("DEMARCHE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("DEMARCHE_LOCAL_KAFKAPORT", "0");
        environment.put("DEMARCHE_LOCAL_SMTPPORT", "0");
        environment.put("DEMARCHE_LOCAL_MAILVIEWERPORT", "0");
        environment.put("DEMARCHE_LOCAL_START_TIMEOUT", String.valueOf(startTimeout.toSeconds()));
        environment.putAll(PLAN);
        environment.putAll(settings);
        long started = System.nanoTime();
        Process stack = command.start();
        try {
            awaitLine(stack, output, "all four services UP after", startTimeout);
            double upSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%s: all four UP after %.1f s%n", label, upSeconds);
            String campaign = runCampaign();
            System.out.printf("%s: campaign %s%n", label, campaign);
            Map<String, Long> perProcess = residentMb(stack.toHandle());
            System.out.printf("%s: %d MB resident in %d processes %s%n", label,
                    perProcess.values().stream().mapToLong(Long::longValue).sum(), perProcess.size(), perProcess);
            return new Run(label, upSeconds, perProcess.values().stream().mapToLong(Long::longValue).sum(),
                    perProcess.size(), campaign, perProcess);
        } finally {
            stack.destroy(); // SIGTERM: the script stops everything it started
            if (!stack.waitFor(90, TimeUnit.SECONDS)) {
                stack.descendants().forEach(ProcessHandle::destroyForcibly);
                stack.destroyForcibly();
            }
        }
    }

    /** A meeting of the reference case, due soon; waits until its campaign is published (or done). */
    private String runCampaign() throws InterruptedException {
        ApiClient admin = ApiClient.as("admin", ADMIN_PASSWORD);
        ZoneId zone = ZoneId.of("Europe/Paris");
        LocalDateTime startsAt = LocalDateTime.now(zone).plus(MEETING_LEAD).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("title", "Macron – Aliyev meeting");
        meeting.put("startsAt", startsAt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        meeting.put("timeZone", zone.getId());
        meeting.put("city", "Paris");
        meeting.put("participants", List.of(
                Map.of("name", "Emmanuel Macron", "title", "President of the French Republic", "country", "FR"),
                Map.of("name", "Ilham Aliyev", "title", "President of the Republic of Azerbaijan", "country", "AZ")));
        ApiClient.Response created = admin.post(URI.create("http://localhost:8081/api/meetings"), meeting);
        if (created.status() != 201) {
            throw new IllegalStateException("the meeting was refused: " + created);
        }
        String meetingId = created.json().path("id").asString();
        long deadline = System.nanoTime() + MEETING_LEAD.plusSeconds(120).toNanos();
        String status = "not opened";
        while (System.nanoTime() < deadline) {
            status = campaignOf(admin, meetingId).map(campaign -> campaign.path("status").asString()).orElse("not opened");
            if (status.equals("published") || status.equals("done")) {
                return status;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the campaign of meeting " + meetingId + " is " + status + ", not published");
    }

    private static Optional<JsonNode> campaignOf(ApiClient admin, String meetingId) throws InterruptedException {
        ApiClient.Response campaigns = admin.get(URI.create("http://localhost:8082/api/campaigns"));
        if (campaigns.status() != 200) {
            return Optional.empty();
        }
        return StreamSupport.stream(campaigns.json().spliterator(), false)
                .filter(campaign -> campaign.path("meetingId").asString().equals(meetingId)).findFirst();
    }

    private static void awaitLine(Process stack, Path output, String line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(output, StandardCharsets.UTF_8).contains(line)) {
                return;
            }
            if (!stack.isAlive()) {
                throw new IllegalStateException("infra/local/run ended:\n" + Files.readString(output));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no '" + line + "' within " + timeout + ":\n" + Files.readString(output));
    }

    /** Resident memory (VmRSS) of each process the command started, by its command's last word. */
    private static Map<String, Long> residentMb(ProcessHandle root) {
        Map<String, Long> perProcess = new LinkedHashMap<>();
        List<ProcessHandle> processes = new ArrayList<>(root.descendants().toList());
        for (ProcessHandle process : processes) {
            long kb = residentKb(process.pid());
            if (kb > 0) {
                String name = process.info().commandLine().map(LocalStack::shortName).orElse("pid " + process.pid());
                perProcess.merge(name, kb / 1024, Long::sum);
            }
        }
        return perProcess;
    }

    private static String shortName(String commandLine) {
        String[] words = commandLine.split(" ");
        String last = words[words.length - 1];
        return last.contains("/") ? last.substring(last.lastIndexOf('/') + 1) : last;
    }

    private static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return 0;
        } catch (IOException gone) {
            return 0; // ended meanwhile (a curl of the health check, say)
        } catch (UncheckedIOException gone) {
            return 0;
        }
    }

    private record Run(String label, double upSeconds, long residentMb, int processes, String campaign,
                       Map<String, Long> perProcess) {
    }
}
