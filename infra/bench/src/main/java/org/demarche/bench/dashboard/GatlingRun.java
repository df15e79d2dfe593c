package org.demarche.bench.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;
import io.gatling.commons.util.GatlingVersion;
import io.gatling.commons.util.GatlingVersion$;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Runs {@link DashboardSimulation} in this JVM as Gatling's own launcher would, and reads back what
 * its report says of each request: counts, errors and percentiles (Gatling's percentiles 1 to 4 are
 * p50, p75, p95 and p99 unless gatling.conf says otherwise; times in whole milliseconds).
 */
final class GatlingRun {

    /** One line of Gatling's statistics. */
    record Stats(String name, long requests, long errors, double perSecond, double p50, double p95, double p99,
                 double max) {
    }

    private GatlingRun() {
    }

    /**
     * @return the statistics of each request by name, and of all of them under "All Requests"
     */
    static Map<String, Stats> run(DashboardSimulation.Load load, Path results, String description) throws IOException {
        DashboardSimulation.load = load;
        Files.createDirectories(results);
        // a request slower than this counts as an error instead of holding the run up for a minute
        System.setProperty("gatling.http.requestTimeout", "10000");
        // no anonymous usage report to Gatling's analytics service: the benchmark talks to this machine only
        System.setProperty("gatling.data.enableAnalytics", "false");
        notLookingForNewerGatling();
        // and its HTTP engine's first request goes here, not to gatling.io
        System.setProperty("gatling.http.warmUpUrl", load.baseUrl() + "/actuator/health");
        int status = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", DashboardSimulation.class.getName(),
                "--results-folder", results.toAbsolutePath().toString(), "--run-description", description});
        Path report;
        try (Stream<Path> runs = Files.list(results)) {
            report = runs.filter(Files::isDirectory).max(Comparator.comparing(path -> path.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling (status " + status + ") wrote no report in " + results));
        }
        Path index = report.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            throw new IllegalStateException("Gatling (status " + status + ") wrote no " + index);
        }
        // the statistics table: one row per request and one for all of them (id ROOT), the figures in
        // columns 2 (count), 4 (errors), 6 (per second), 8 (p50), 10 (p95), 11 (p99) and 12 (max)
        Map<String, Stats> byName = new LinkedHashMap<>();
        for (Element row : Jsoup.parse(index.toFile(), "UTF-8").select("tr:has(td.col-2)")) {
            String name = row.select("span.ellipsed-name").text();
            byName.put(name, new Stats(name, (long) cell(row, 2), (long) cell(row, 4), cell(row, 6), cell(row, 8),
                    cell(row, 10), cell(row, 11), cell(row, 12)));
        }
        System.out.println("Gatling's report: " + report.resolve("index.html"));
        return byName;
    }

    /**
     * Gatling asks Maven Central for its latest release before each run unless it did recently; it
     * keeps the answer in the user's preferences, where this says: asked just now, this is the latest.
     */
    private static void notLookingForNewerGatling() {
        GatlingVersion running = GatlingVersion$.MODULE$.ThisVersion();
        Preferences checked = Preferences.userRoot().node("/io/gatling/latestVersion");
        checked.putLong("lastCheckTimestamp", System.currentTimeMillis());
        checked.putBoolean("lastCheckSuccess", true);
        checked.put("latestReleaseNumber", running.fullVersion());
        checked.put("latestReleaseDate", running.releaseDate().format(DateTimeFormatter.ISO_DATE_TIME));
    }

    private static double cell(Element row, int column) {
        return parse(row.select("td.col-" + column).text(), Double.NaN).doubleValue();
    }

    private static Number parse(String text, Number otherwise) {
        try {
            // Gatling writes numbers as text, padded and with thousands separators: "   86,802"
            return Double.parseDouble(text.replace(",", "").strip());
        } catch (NumberFormatException | NullPointerException notANumber) {
            return otherwise;
        }
    }
}
