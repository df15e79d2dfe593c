package org.demarche.outreach.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.signon.SignOnSamples;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Requests are applied a batch at a time; a bad one in the batch neither blocks nor loses the
 * others: an unreadable record and a request naming a zone that does not exist go to the
 * dead-letter topic, and the requests around them are sent.
 */
@SpringBootTest(properties = {"demarche.outreach.dispatch-interval=100ms",
        "demarche.platform.retry.initial-interval=100ms"})
@RealInfrastructure
@Import(TestClockConfiguration.class)
class OutreachRequestsBatchIT {

    @Autowired
    KafkaTestClient events;

    @Test
    void aBadRequestInABatchGoesToTheDeadLetterTopicAndTheOthersAreSent() {
        UUID campaignId = UUID.randomUUID();
        var reference = SignOnSamples.humanRightsClub(campaignId);
        SignOnRequested before = copy(reference, "before", "Asia/Baku");
        SignOnRequested nowhere = copy(reference, "nowhere", "Mars/Olympus_Mons");
        SignOnRequested after = copy(reference, "after", "Europe/Paris");

        events.send(envelope(before));
        events.sendRaw(Topics.OUTREACH, campaignId.toString(), "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_type", "org.demarche.SignOnRequested", "ce_schemaversion", "1"));
        events.send(envelope(nowhere));
        events.send(envelope(after));

        for (String partner : List.of("before", "after")) {
            events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                    e -> e.campaignId().equals(campaignId) && e.partnerId().equals(partner), Duration.ofSeconds(30));
        }
        assertThat(deadLettered(campaignId, 2)).hasSize(2);
    }

    /**
     * The records of this campaign on the outreach dead-letter topic, once there are {@code expected}:
     * all of them, so that one dead-lettered twice shows.
     */
    private List<String> deadLettered(UUID campaignId, int expected) {
        String deadLetters = Topics.deadLetter(Topics.OUTREACH);
        Predicate<ConsumerRecord<String, byte[]>> ofThisCampaign = record -> campaignId.toString().equals(record.key());
        events.awaitRawRecords(deadLetters, ofThisCampaign, expected, Duration.ofSeconds(30));
        return events.readToEnd(deadLetters).stream().filter(ofThisCampaign)
                .map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList();
    }

    private static EventEnvelope<SignOnRequested> envelope(SignOnRequested request) {
        return EventEnvelope.of(request, "/demarche/campaigns", TestClockConfiguration.START, null);
    }

    private static SignOnRequested copy(SignOnRequested reference, String partnerId, String zone) {
        return new SignOnRequested(reference.campaignId(), partnerId, reference.organisation(), reference.contactName(),
                partnerId + "@batch.example.org", "en", zone, reference.campaignTitle(), 1, reference.draftText(),
                reference.signOnDeadline(), reference.meetingStartsAt(), reference.meetingTimeZone(), null, "AZ");
    }
}
