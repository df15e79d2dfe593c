package org.demarche.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.InfrastructureChoice.KafkaProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class KafkaTestClientIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTestClient kafka;

    KafkaTestClientIT(KafkaEndpoint endpoint) {
        this.kafka = new KafkaTestClient(endpoint);
    }

    @AfterEach
    void closeClient() {
        kafka.close();
    }

    @Test
    void runsTheBrokerThisMachineCanProvide() {
        boolean dockerAllowed = !"embedded".equalsIgnoreCase(SharedInfrastructure.settings().get(InfrastructureChoice.MODE));
        KafkaProvider expected = dockerAllowed && DockerProbe.dockerAvailable() ? KafkaProvider.CONTAINER : KafkaProvider.EMBEDDED;

        assertThat(SharedInfrastructure.get().choice().kafka()).isEqualTo(expected);
    }

    @Test
    void deliversAnEventWithItsMetadataToAConsumerThatWaitsForIt() {
        EventEnvelope<MeetingScheduled> sent = EventEnvelope.of(aMeetingScheduled(), "intake",
                Instant.parse("2026-03-01T09:30:00Z"), "correlation-" + UUID.randomUUID());

        kafka.send(sent);
        EventEnvelope<MeetingScheduled> received = kafka.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                meeting -> meeting.meetingId().equals(sent.payload().meetingId()), TIMEOUT);

        assertThat(received).isEqualTo(sent);
    }

    @Test
    void skipsRecordsThatAreNotEventsOnTheWayToTheOneItWaitsFor() {
        MeetingScheduled meeting = aMeetingScheduled();
        kafka.sendRaw(Topics.MEETINGS, meeting.partitionKey(), "{not json".getBytes(UTF_8),
                Map.of("ce_type", "org.demarche.MeetingScheduled"));
        kafka.send(EventEnvelope.of(meeting, "intake", Instant.parse("2026-03-01T09:30:00Z"), null));

        EventEnvelope<MeetingScheduled> received = kafka.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                candidate -> candidate.meetingId().equals(meeting.meetingId()), TIMEOUT);

        assertThat(received.payload()).isEqualTo(meeting);
    }

    @Test
    void deliversRawRecordsWithTheirKeyValueAndHeaders() {
        String topic = uniqueTopic();

        kafka.sendRaw(topic, "case-17", "first".getBytes(UTF_8), Map.of("reason", "malformed"));
        kafka.sendRaw(topic, "case-18", "second".getBytes(UTF_8), Map.of());
        List<ConsumerRecord<String, byte[]>> records = kafka.awaitRawRecords(topic, 2, TIMEOUT);

        assertThat(records).extracting(ConsumerRecord::key).containsExactly("case-17", "case-18");
        assertThat(records).extracting(record -> new String(record.value(), UTF_8)).containsExactly("first", "second");
        assertThat(new String(records.get(0).headers().lastHeader("reason").value(), UTF_8)).isEqualTo("malformed");
    }

    @Test
    void waitsForTheRawRecordsThatMatchPassingTheOthersBy() {
        String topic = uniqueTopic();

        kafka.sendRaw(topic, "case-17", "another test's".getBytes(UTF_8), Map.of());
        kafka.sendRaw(topic, "case-18", "ours".getBytes(UTF_8), Map.of());
        List<ConsumerRecord<String, byte[]>> records = kafka.awaitRawRecords(topic,
                record -> "case-18".equals(record.key()), 1, TIMEOUT);

        assertThat(records).extracting(record -> new String(record.value(), UTF_8)).containsExactly("ours");
    }

    @Test
    void readsEverythingTheTopicHoldsWhenAsked() {
        String topic = uniqueTopic();
        kafka.sendRaw(topic, "case-17", "first".getBytes(UTF_8), Map.of());
        kafka.sendRaw(topic, "case-18", "second".getBytes(UTF_8), Map.of());

        List<ConsumerRecord<String, byte[]>> records = kafka.readToEnd(topic);

        assertThat(records).extracting(record -> new String(record.value(), UTF_8)).containsExactly("first", "second");
        assertThat(kafka.readToEnd(uniqueTopic())).as("a topic nobody wrote to").isEmpty();
    }

    @Test
    void failsSayingWhatItSawWhenNoMatchingEventArrives() {
        String topic = uniqueTopic();
        kafka.sendRaw(topic, "key", "garbage".getBytes(UTF_8), Map.of());

        assertThatThrownBy(() -> kafka.awaitEvent(topic, MeetingScheduled.class, meeting -> true, Duration.ofSeconds(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No MeetingScheduled matching the expectation arrived on " + topic + " within PT3S")
                .hasMessageContaining("0@0 unreadable");
    }

    @Test
    void failsWhenFewerRawRecordsArriveThanAwaited() {
        String topic = uniqueTopic();
        kafka.sendRaw(topic, "key", "only one".getBytes(UTF_8), Map.of());

        assertThatThrownBy(() -> kafka.awaitRawRecords(topic, 2, Duration.ofSeconds(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected 2 record(s) on " + topic + " within PT3S but only 1 arrived");
    }

    @Test
    void waitsForASetOfEventsAndReturnsEveryMatchingOneTheTopicHolds() {
        MeetingScheduled first = aMeetingScheduled();
        MeetingScheduled second = aMeetingScheduled();
        EventEnvelope<MeetingScheduled> firstEnvelope = EventEnvelope.of(first, "intake", Instant.parse("2026-03-01T09:30:00Z"), null);
        kafka.send(firstEnvelope);
        kafka.send(EventEnvelope.of(aMeetingScheduled(), "intake", Instant.parse("2026-03-01T09:31:00Z"), null));
        kafka.send(EventEnvelope.of(second, "intake", Instant.parse("2026-03-01T09:32:00Z"), null));
        kafka.send(firstEnvelope); // published twice, as a relay does after a crash
        List<UUID> ids = List.of(first.meetingId(), second.meetingId());

        List<EventEnvelope<MeetingScheduled>> ours = kafka.awaitEvents(Topics.MEETINGS, MeetingScheduled.class,
                meeting -> ids.contains(meeting.meetingId()),
                events -> events.stream().map(event -> event.payload().meetingId()).distinct().count() == 2, TIMEOUT);

        assertThat(ours).extracting(EventEnvelope::payload).containsExactlyInAnyOrder(first, second, first);
        assertThat(kafka.readEvents(Topics.MEETINGS, MeetingScheduled.class, meeting -> meeting.equals(second)))
                .extracting(EventEnvelope::payload).containsExactly(second);
    }

    @Test
    void failsWhenTheEventsOnTheTopicNeverMeetTheExpectation() {
        MeetingScheduled meeting = aMeetingScheduled();
        kafka.send(EventEnvelope.of(meeting, "intake", Instant.parse("2026-03-01T09:30:00Z"), null));

        assertThatThrownBy(() -> kafka.awaitEvents(Topics.MEETINGS, MeetingScheduled.class,
                candidate -> candidate.meetingId().equals(meeting.meetingId()), events -> events.size() >= 2,
                Duration.ofSeconds(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The 1 MeetingScheduled event(s) matching on " + Topics.MEETINGS
                        + " did not meet the expectation within PT3S");
    }

    private static MeetingScheduled aMeetingScheduled() {
        return new MeetingScheduled(UUID.randomUUID(), "Official visit", Instant.parse("2026-04-20T09:00:00Z"),
                "Europe/Paris", "Paris", List.of(new Participant("Ilham Aliyev", "President", "AZ")));
    }

    private static String uniqueTopic() {
        return "test-support.raw." + UUID.randomUUID();
    }
}
