package org.demarche.intake.hudocwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.demarche.events.EventEnvelope;
import org.demarche.events.registry.CaseRegistered;
import org.demarche.intake.IntakeApplication;
import org.demarche.intake.opencases.OpenCases;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the watcher stopped lives in the database, not in the service: a poll cut short by a
 * failing page, then a restart, and the next poll asks from the last page imported whole.
 */
@RealInfrastructure
class HudocWatchResumesAfterRestartIT {

    @Test
    void resumesFromTheLastPageImportedWholeAfterARestart(KafkaEndpoint kafka, TestDatabase database) {
        try (RecordedHudoc hudoc = new RecordedHudoc(); RecordedHudoc exec = new RecordedHudoc();
             KafkaTestClient events = new KafkaTestClient(kafka)) {
            Map<String, Object> properties = properties(kafka, database, hudoc, exec);
            hudoc.script("AZE", new RecordedHudoc.Page("aze-judgments-1.json"),
                    new RecordedHudoc.Page("aze-judgments-2.json"), new RecordedHudoc.Status(502));

            try (ConfigurableApplicationContext first = start(properties)) {
                events.send(EventEnvelope.of(new CaseRegistered("case-restart-mammadova", "AZ", "Gülnarə Məmmədova",
                        "open", List.of()), "/demarche/campaigns", Instant.parse("2027-06-01T06:00:00Z"), null));
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> first.getBean(OpenCases.class).countries().contains("AZ"));

                WatchPoll cut = judgmentsOfAzerbaijan(first.getBean(HudocWatcher.class).pollNow());

                assertThat(cut.outcome()).isEqualTo("failed");
                assertThat(cut.pages()).isEqualTo(2);
                assertThat(cut.error()).contains("HTTP 502");
                assertThat(first.getBean(WatchCursors.class).find("hudoc", "AZE").orElseThrow().from())
                        .isEqualTo(LocalDate.of(2021, 9, 2));
            }

            hudoc.forgetRequests();
            hudoc.script("AZE", new RecordedHudoc.Page("aze-judgments-from-2021-09-02.json"));
            try (ConfigurableApplicationContext second = start(properties)) {
                WatchPoll resumed = judgmentsOfAzerbaijan(second.getBean(HudocWatcher.class).pollNow());

                assertThat(resumed.outcome()).isEqualTo("imported");
                assertThat(resumed.imported()).as("the judgment of the page that failed").isEqualTo(1);
                assertThat(resumed.duplicates()).as("the last date's judgments, seen before").isEqualTo(2);
                assertThat(hudoc.requestsAbout("AZE")).first().satisfies(request -> {
                    assertThat(request.start()).isZero();
                    assertThat(request.query()).contains("kpdate>=\"2021-09-02T00:00:00.0Z\"");
                });
                assertThat(second.getBean(WatchCursors.class).find("hudoc", "AZE").orElseThrow().from())
                        .isEqualTo(LocalDate.of(2023, 10, 12));
            }
        }
    }

    private static WatchPoll judgmentsOfAzerbaijan(List<WatchPoll> polls) {
        return polls.stream().filter(poll -> poll.source().equals("hudoc") && poll.state().equals("AZE"))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> properties(KafkaEndpoint kafka, TestDatabase database, RecordedHudoc hudoc,
                                                  RecordedHudoc exec) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("server.port", "0");
        properties.put("demarche.intake.hudoc-watch.enabled", "true");
        properties.put("demarche.intake.hudoc-watch.hudoc-url", hudoc.url());
        properties.put("demarche.intake.hudoc-watch.exec-url", exec.url());
        properties.put("demarche.intake.hudoc-watch.page-length", "2");
        properties.put("demarche.intake.hudoc-watch.check-every", "P1D");
        return properties;
    }

    /** Starts the service as its main would, with the test's settings as command-line arguments. */
    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(IntakeApplication.class).run(args);
    }
}
