package org.demarche.intake.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.account.AccountSaved;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaBrokerOnPort;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Intake started while no broker listens where it is told one does: it starts, takes requests,
 * says kafka DOWN; when the broker comes it creates its topics, relays what it accepted meanwhile
 * and consumes again. The test starts the broker once it has seen all that, not after a delay.
 */
@RealInfrastructure
class BrokerAbsentAtStartIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int PARTITIONS = 3;

    @Test
    void startsWithoutItsBrokerAndCatchesUpWhenTheBrokerComes(TestDatabase database) throws Exception {
        int port = KafkaBrokerOnPort.freePort();
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password()));
        try (var intake = IntakeOverHttp.start(KafkaBrokerOnPort.address(port), database.jdbcUrl(),
                database.username(), database.password(), Map.of("demarche.platform.partitions", PARTITIONS))) {
            assertThat(intake.health("").path("status").asString()).as("overall").isEqualTo("DOWN");
            assertThat(intake.componentStatus("kafka")).isEqualTo("DOWN");
            assertThat(intake.componentStatus("db")).isEqualTo("UP");
            assertThat(intake.health("/liveness").path("status").asString())
                    .as("no orchestrator restarts a service for an absent broker").isEqualTo("UP");
            assertThat(intake.health("/readiness").path("status").asString())
                    .as("it still takes requests: the outbox keeps their events").isEqualTo("UP");

            HttpResponse<String> created = intake.scheduleMeeting("Scheduled while the broker is away");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            UUID meeting = IntakeOverHttp.meetingId(created);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Integer.class).single())
                    .as("its event waits in the outbox").isPositive();

            try (var broker = KafkaBrokerOnPort.start(port); var events = new KafkaTestClient(broker.endpoint())) {
                await("kafka UP in health").atMost(WAIT).until(() -> "UP".equals(intake.componentStatus("kafka")));
                await("the topics created by intake").atMost(WAIT).until(() -> partitions(broker, Topics.MEETINGS) == PARTITIONS
                        && partitions(broker, Topics.deadLetter(Topics.ACCOUNTS)) == PARTITIONS);

                var relayed = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                        m -> m.meetingId().equals(meeting), WAIT);
                assertThat(relayed.payload().title()).isEqualTo("Scheduled while the broker is away");
                await("the outbox emptied").atMost(WAIT)
                        .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Integer.class).single() == 0);

                events.send(EventEnvelope.of(new AccountSaved("late-broker-lead", "{noop}not-a-password-0",
                        List.of("LEAD")), "/demarche/dashboard", Instant.now(), null));
                await("the listeners consuming").atMost(WAIT).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM platform_account WHERE username = 'late-broker-lead'")
                        .query(Integer.class).single() == 1);
                assertThat(intake.health("").path("status").asString()).isEqualTo("UP");
            }
        }
    }

    private static int partitions(KafkaBrokerOnPort broker, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.endpoint().bootstrapServers()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (Exception e) {
            return 0; // not there yet
        }
    }
}
