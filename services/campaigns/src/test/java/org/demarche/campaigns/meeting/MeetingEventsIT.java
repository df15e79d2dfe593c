package org.demarche.campaigns.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.events.CloudEventHeaders;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@RealInfrastructure
class MeetingEventsIT {

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    KnownMeetings meetings;

    @Autowired
    KafkaTestClient events;

    @Test
    void appliesAMeetingEventOnceAlthoughItIsDeliveredTwice() {
        var scheduled = EventEnvelope.of(parisMeeting(UUID.randomUUID()), "/demarche/intake", Instant.parse("2018-07-10T08:00:00Z"), "c-1");
        var later = EventEnvelope.of(parisMeeting(UUID.randomUUID()), "/demarche/intake", Instant.parse("2018-07-10T08:00:00Z"), "c-2");

        events.send(scheduled);
        events.send(scheduled);
        events.send(later);

        await().atMost(Duration.ofSeconds(30)).until(() -> meetings.find(later.payload().meetingId()).isPresent());
        assertThat(meetings.find(scheduled.payload().meetingId()).orElseThrow().appliedEvents())
                .as("the second delivery of the same event changes nothing").isEqualTo(1);
    }

    @Test
    void sendsAMalformedRecordToTheDeadLetterTopicAndGoesOnWithTheNext() {
        UUID meetingId = UUID.randomUUID();
        String key = meetingId.toString();
        events.sendRaw(Topics.MEETINGS, key, "{this is not json".getBytes(StandardCharsets.UTF_8), headers("not-json"));
        events.sendRaw(Topics.MEETINGS, key, "{\"meetingId\": \"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8),
                headers("schema"));
        var good = EventEnvelope.of(parisMeeting(meetingId), "/demarche/intake", Instant.parse("2018-07-10T08:00:00Z"), "c-3");
        events.send(good);

        await().atMost(Duration.ofSeconds(30)).until(() -> meetings.find(meetingId).isPresent());
        var deadLetters = events.awaitRawRecords(Topics.deadLetter(Topics.MEETINGS), r -> key.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(deadLetters).hasSize(2);
        assertThat(reason(deadLetters.get(0))).contains("not valid JSON");
        assertThat(reason(deadLetters.get(1))).contains("meetingId");
        assertThat(new String(deadLetters.get(0).value(), StandardCharsets.UTF_8))
                .as("the original bytes are kept for inspection").isEqualTo("{this is not json");
    }

    private static String reason(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("demarche_dlt_reason").value(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(String id) {
        return Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.TYPE, "org.demarche.MeetingScheduled",
                CloudEventHeaders.SOURCE, "/test/" + id,
                CloudEventHeaders.TIME, Instant.parse("2018-07-10T08:00:00Z").toString(),
                CloudEventHeaders.SPEC_VERSION, "1.0",
                CloudEventHeaders.SCHEMA_VERSION, "1");
    }

    private static MeetingScheduled parisMeeting(UUID id) {
        return new MeetingScheduled(id, "Macron – Aliyev, Paris", Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris",
                "Paris", List.of(new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ")));
    }
}
