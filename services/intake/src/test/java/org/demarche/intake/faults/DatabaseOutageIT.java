package org.demarche.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.account.AccountSaved;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TcpProxy;
import org.demarche.testsupport.TestAccounts;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * PostgreSQL goes away under a running intake (the test cuts the connections between them) and
 * comes back: meanwhile requests get 503 problem+json with Retry-After, the health says db DOWN,
 * a record consumed is kept for later; afterwards intake serves again without a restart, and
 * exactly what it answered 2xx is stored.
 */
@RealInfrastructure
class DatabaseOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD = "outage-password-not-secret";

    @Test
    void answers503WhileTheDatabaseIsAwayAndKeepsExactlyWhatItAccepted(KafkaEndpoint kafka, TestDatabase database)
            throws Exception {
        URI postgres = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        List<String> accepted = new ArrayList<>();
        try (var proxy = TcpProxy.to(postgres.getHost(), postgres.getPort());
             var intake = IntakeOverHttp.start(kafka.bootstrapServers(), database.jdbcUrl()
                             .replace(postgres.getHost() + ":" + postgres.getPort(), "127.0.0.1:" + proxy.port()),
                     database.username(), database.password(), Map.of());
             var events = new KafkaTestClient(kafka)) {
            events.send(EventEnvelope.of(new AccountSaved("outage-coordinator", "{noop}" + PASSWORD,
                    List.of("COORDINATOR")), "/demarche/dashboard", Instant.now(), null));
            await("a managed account").atMost(WAIT).until(() -> jdbc.sql(
                    "SELECT COUNT(*) FROM platform_account WHERE username = 'outage-coordinator'")
                    .query(Integer.class).single() == 1);
            HttpResponse<String> before = intake.scheduleMeeting("Before the outage");
            assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
            accepted.add("Before the outage");

            proxy.cut();
            HttpResponse<String> during = intake.scheduleMeeting("During the outage");
            assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
            assertThat(during.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(during.headers().firstValue("Retry-After")).isPresent();
            assertThat(IntakeOverHttp.json(during).path("title").asString()).isEqualTo("Database unavailable");
            HttpResponse<String> signIn = intake.get("/api/meetings",
                    TestAccounts.basic("outage-coordinator", PASSWORD));
            assertThat(signIn.statusCode()).as("the account could not be looked up: not a wrong password")
                    .isEqualTo(503);
            assertThat(IntakeOverHttp.json(signIn).path("title").asString()).isEqualTo("Database unavailable");
            assertThat(intake.page("/meetings").statusCode()).as("a page too: 503, not an error page's 500")
                    .isEqualTo(503);
            assertThat(intake.componentStatus("db")).isEqualTo("DOWN");
            assertThat(intake.health("/liveness").path("status").asString()).isEqualTo("UP");

            double consumedBefore = recordsConsumed(intake);
            events.send(EventEnvelope.of(new AccountSaved("outage-lead", "{noop}not-a-password-1", List.of("LEAD")),
                    "/demarche/dashboard", Instant.now(), null));
            await("the account event fetched while the database is away").atMost(WAIT)
                    .until(() -> recordsConsumed(intake) > consumedBefore);

            proxy.restore();
            await("intake accepting again, without a restart").atMost(WAIT).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        HttpResponse<String> after = intake.scheduleMeeting("After the outage");
                        assertThat(after.statusCode()).as("either accepted or refused: " + after.body())
                                .isIn(201, 503);
                        if (after.statusCode() == 201) {
                            accepted.add("After the outage");
                            return true;
                        }
                        return false;
                    });
            UUID afterId = jdbc.sql("SELECT id FROM meeting WHERE title = 'After the outage'").query(UUID.class).single();

            assertThat(jdbc.sql("SELECT title FROM meeting").query(String.class).list())
                    .as("stored: exactly what was answered 201").containsExactlyInAnyOrderElementsOf(accepted);
            events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(afterId), WAIT);
            await("the account event applied once the database is back").atMost(WAIT).until(() -> jdbc.sql(
                    "SELECT COUNT(*) FROM platform_account WHERE username = 'outage-lead'").query(Integer.class)
                    .single() == 1);
            await("db UP again").atMost(WAIT).until(() -> "UP".equals(intake.componentStatus("db")));
            assertThat(events.readToEnd(Topics.deadLetter(Topics.ACCOUNTS))).as("nothing given up on").isEmpty();
        }
    }

    /** Records the listener containers' consumers have fetched so far, from the Kafka clients' own metrics. */
    private static double recordsConsumed(IntakeOverHttp intake) {
        var registry = intake.context().getBean(KafkaListenerEndpointRegistry.class);
        return registry.getListenerContainers().stream()
                .flatMap(container -> container.metrics().values().stream())
                .flatMap(metrics -> metrics.entrySet().stream())
                .filter(metric -> metric.getKey().name().equals("records-consumed-total")
                        && metric.getKey().group().equals("consumer-fetch-manager-metrics")
                        && !metric.getKey().tags().containsKey("topic"))
                .mapToDouble(metric -> ((Number) metric.getValue().metricValue()).doubleValue())
                .sum();
    }
}
