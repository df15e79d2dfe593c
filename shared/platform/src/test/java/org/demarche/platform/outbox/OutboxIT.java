package org.demarche.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(properties = {"spring.application.name=platform-test", "demarche.platform.partitions=3"})
@RealInfrastructure
class OutboxIT {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    KafkaTestClient events;

    @Autowired
    OutboxMeters outboxMeters;

    @Test
    void relaysAnEventCommittedWithItsStateChange() {
        UUID meeting = UUID.randomUUID();

        var published = transactions.execute(status -> outbox.publish(meetingScheduled(meeting)));

        var received = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(meeting),
                Duration.ofSeconds(30));
        assertThat(received.id()).isEqualTo(published.id());
        assertThat(received.source()).isEqualTo("/demarche/platform-test");
        assertThat(received.correlationId()).as("a new chain starts with the event's own id").isEqualTo(published.id().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0);
    }

    @Test
    void keepsNoEventOfATransactionThatRolledBack() {
        UUID meeting = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            outbox.publish(meetingScheduled(meeting));
            throw new IllegalStateException("the state change failed");
        })).hasMessage("the state change failed");

        UUID marker = UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.publish(new MeetingCancelled(marker, "marker")));
        events.awaitEvent(Topics.MEETINGS, MeetingCancelled.class, m -> m.meetingId().equals(marker), Duration.ofSeconds(30));
        // the relay sends in the outbox's order: once the later marker is out, the rolled-back event would be too
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxSize() == 0);
        assertThat(events.readToEnd(Topics.MEETINGS)).noneMatch(record -> meeting.toString().equals(record.key()));
    }

    @Test
    void storesABatchOfEventsPublishedTogetherInTheirOrderAndRelaysEach() {
        UUID meeting = UUID.randomUUID();
        List<MeetingCancelled> batch = List.of(new MeetingCancelled(meeting, "first"),
                new MeetingCancelled(meeting, "second"), new MeetingCancelled(meeting, "third"));
        List<EventEnvelope<MeetingCancelled>> published;
        relay.stop();
        try {
            published = transactions.execute(status -> outbox.publishAll(batch));
            assertThat(published).extracting(EventEnvelope::payload).containsExactlyElementsOf(batch);
            List<UUID> ids = published.stream().map(EventEnvelope::id).toList();
            assertThat(jdbc.sql("SELECT event_id FROM outbox_event WHERE event_id IN (:ids) ORDER BY position")
                    .param("ids", ids).query(UUID.class).list())
                    .as("stored, and so relayed, in the order given")
                    .containsExactlyElementsOf(ids);
        } finally {
            relay.start();
        }

        for (var event : published) {
            events.awaitEvent(Topics.MEETINGS, MeetingCancelled.class,
                    m -> m.meetingId().equals(meeting) && m.equals(event.payload()), Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0);
    }

    @Test
    void refusesToPublishOutsideATransaction() {
        assertThatThrownBy(() -> outbox.publish(meetingScheduled(UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void sendsEventsLeftInTheOutboxByAnEarlierRun() {
        UUID meeting = UUID.randomUUID();
        var meters = new SimpleMeterRegistry();
        outboxMeters.bindTo(meters);
        relay.stop();
        try {
            transactions.execute(status -> outbox.publish(meetingScheduled(meeting)));
            assertThat(outboxSize()).isEqualTo(1);
            assertThat(meters.get("demarche.outbox.backlog").gauge().value()).isEqualTo(1);
            await("the event waits, and the lag grows").atMost(Duration.ofSeconds(5))
                    .until(() -> meters.get("demarche.outbox.lag").timeGauge().value(TimeUnit.MILLISECONDS) > 0);
        } finally {
            relay.start();
        }

        events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(meeting), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxSize() == 0);
        assertThat(meters.get("demarche.outbox.backlog").gauge().value()).isZero();
        assertThat(meters.get("demarche.outbox.lag").timeGauge().value(TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void createsEveryTopicAndItsDeadLetterTopicWithTheSamePartitionCount() throws Exception {
        List<String> expected = Topics.ALL.stream().flatMap(t -> Stream.of(t, Topics.deadLetter(t))).toList();
        try (AdminClient admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var described = admin.describeTopics(expected).allTopicNames().get();
            for (String topic : Topics.ALL) {
                assertThat(described.get(Topics.deadLetter(topic)).partitions())
                        .as("partitions of the dead-letter topic of " + topic)
                        .hasSameSizeAs(described.get(topic).partitions());
            }
        }
    }

    private int outboxSize() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Integer.class).single();
    }

    private static MeetingScheduled meetingScheduled(UUID id) {
        return new MeetingScheduled(id, "Macron – Aliyev", Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", "Paris",
                List.of(new Participant("Emmanuel Macron", "President", "FR"), new Participant("Ilham Aliyev", "President", "AZ")));
    }
}
