package org.demarche.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.awaitility.core.ConditionTimeoutException;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaBrokerOnPort;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.TestAccounts;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake killed ({@code kill -9} of its own JVM) after it committed a meeting and before its
 * outbox relay published the event: started again, it publishes it. The relay cannot publish
 * before the kill because the first JVM is given a broker address where nothing listens; the test
 * kills it once the event is in the outbox, and starts the second JVM on the real broker.
 */
@RealInfrastructure
class KilledBeforeRelayIT {

    private static final String JAR_PROPERTY = "demarche.intake.jar";
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void publishesAfterARestartWhatItCommittedBeforeBeingKilled(KafkaEndpoint kafka, TestDatabase database)
            throws Exception {
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        String nowhere = KafkaBrokerOnPort.address(KafkaBrokerOnPort.freePort());
        ServiceJvm first = start("first", nowhere, database);
        UUID meeting;
        try {
            awaitWhileAlive(first, "intake answering", () -> answers(first));
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(first.uri("/api/meetings"))
                    .header("Authorization", TestAccounts.adminAuthorization())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"title": "Committed, then killed", "startsAt": "2030-07-20T11:00",
                             "timeZone": "Europe/Paris", "city": "Paris", "participants": [
                               {"name": "Emmanuel Macron", "title": "President", "country": "FR"},
                               {"name": "Ilham Aliyev", "title": "President", "country": "AZ"}]}
                            """)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            meeting = UUID.fromString(JsonMapper.builder().build().readTree(created.body()).path("id").asString());
            assertThat(outboxSize(jdbc)).as("committed with its event, which the relay could not send").isEqualTo(1);
        } finally {
            first.kill();
        }
        assertThat(outboxSize(jdbc)).as("the kill took nothing committed away").isEqualTo(1);

        ServiceJvm second = start("second", kafka.bootstrapServers(), database);
        try (var events = new KafkaTestClient(kafka)) {
            awaitWhileAlive(second, "the outbox relayed", () -> outboxSize(jdbc) == 0);
            var relayed = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                    m -> m.meetingId().equals(meeting), WAIT);
            assertThat(relayed.payload().title()).isEqualTo("Committed, then killed");
        } finally {
            second.stop();
            second.awaitExit(Duration.ofSeconds(30));
        }
    }

    private static int outboxSize(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Integer.class).single();
    }

    private static boolean answers(ServiceJvm jvm) {
        try {
            return HTTP.send(HttpRequest.newBuilder(jvm.uri("/actuator/health/liveness")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ServiceJvm start(String name, String bootstrapServers, TestDatabase database) throws IOException {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null) {
            throw new IllegalStateException("-D" + JAR_PROPERTY + " is not set: run the test through Maven "
                    + "(./mvnw verify -pl services/intake -am), which builds intake's executable jar first");
        }
        int port = KafkaBrokerOnPort.freePort();
        Path log = Path.of(jar).resolveSibling("killed-before-relay").resolve("intake-" + name + ".log");
        Files.createDirectories(log.getParent());
        return ServiceJvm.start("intake (" + name + ")", Path.of(jar), port, log, Map.of(
                "SERVER_PORT", String.valueOf(port),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "SPRING_DATASOURCE_URL", database.jdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "4",
                "DEMARCHE_ADMIN_USER", TestAccounts.ADMIN,
                "DEMARCHE_ADMIN_PASSWORD", TestAccounts.ADMIN_PASSWORD));
    }

    /** Waits for the condition; fails at once if the JVM dies, and shows the end of its log if it times out. */
    private static void awaitWhileAlive(ServiceJvm jvm, String what, Callable<Boolean> condition) {
        try {
            await(what).atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
                jvm.requireAlive();
                return condition.call();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; end of " + jvm.log() + ":\n" + jvm.logTail(80), e);
        }
    }
}
