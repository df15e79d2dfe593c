package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingScheduled;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private static final Instant NOW = Instant.parse("2018-07-11T09:00:00Z");

    @Test
    void givesEachOccurrenceAFreshId() {
        DemarcheEvent meeting = SampleEvents.sampleOf(MeetingScheduled.class);

        assertThat(EventEnvelope.of(meeting, "intake", NOW, "c").id())
                .isNotEqualTo(EventEnvelope.of(meeting, "intake", NOW, "c").id());
    }

    @Test
    void takesTypeAndTopicFromTheCatalogAndKeyFromThePayload() {
        EventEnvelope<?> envelope = EventEnvelope.of(SampleEvents.sampleOf(MeetingScheduled.class), "intake", NOW, "c");

        assertThat(envelope.type()).isEqualTo("org.demarche.MeetingScheduled");
        assertThat(envelope.topic()).isEqualTo(Topics.MEETINGS);
        assertThat(envelope.key()).isEqualTo(SampleEvents.MEETING_ID.toString());
    }

    @Test
    void keysLegalEventsByCaseSoARulingAndItsResolutionsStayInOrder() {
        RulingPublished ruling = (RulingPublished) SampleEvents.sampleOf(RulingPublished.class);
        ResolutionAdopted resolution = (ResolutionAdopted) SampleEvents.sampleOf(ResolutionAdopted.class);
        ResolutionAdopted withoutCase = new ResolutionAdopted(UUID.randomUUID(), "Committee of Ministers",
                "CM/Del/Dec(2019)1348/H46-3", LocalDate.of(2019, 6, 6), "AZ", null, null,
                "decision", null, null);

        assertThat(resolution.partitionKey()).isEqualTo(ruling.partitionKey()).isEqualTo("15172/13");
        assertThat(withoutCase.partitionKey()).isEqualTo("CM/Del/Dec(2019)1348/H46-3");
    }

    @Test
    void startsANewCorrelationWithItsOwnIdWhenGivenNone() {
        EventEnvelope<?> envelope = EventEnvelope.of(SampleEvents.sampleOf(MeetingScheduled.class), "intake", NOW, null);

        assertThat(envelope.correlationId()).isEqualTo(envelope.id().toString());
    }

    @Test
    void requiresIdSourceTimeAndPayload() {
        DemarcheEvent meeting = SampleEvents.sampleOf(MeetingScheduled.class);

        assertThatThrownBy(() -> new EventEnvelope<>(null, "intake", NOW, "c", meeting)).hasMessage("id is required");
        assertThatThrownBy(() -> EventEnvelope.of(meeting, null, NOW, "c")).hasMessage("source is required");
        assertThatThrownBy(() -> EventEnvelope.of(meeting, "intake", null, "c")).hasMessage("time is required");
        assertThatThrownBy(() -> EventEnvelope.of(null, "intake", NOW, "c")).hasMessage("payload is required");
    }
}
