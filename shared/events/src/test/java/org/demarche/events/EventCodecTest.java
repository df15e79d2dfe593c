package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingScheduled;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static final String MEETING_SCHEDULED = "org.demarche.MeetingScheduled";

    private final EventCodec codec = new EventCodec();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String json(DemarcheEvent event) {
        return new String(codec.toJson(event), StandardCharsets.UTF_8);
    }

    @Test
    void writesMomentsAndDatesAsIso8601Strings() {
        assertThat(json(SampleEvents.sampleOf(MeetingScheduled.class))).contains("\"startsAt\":\"2018-07-20T09:00:00Z\"");
        assertThat(json(SampleEvents.sampleOf(RulingPublished.class))).contains("\"judgmentDate\":\"2014-05-22\"");
    }

    @Test
    void omitsAbsentOptionalFields() {
        assertThat(json(new MeetingCancelled(SampleEvents.MEETING_ID, null)))
                .isEqualTo("{\"meetingId\":\"" + SampleEvents.MEETING_ID + "\"}");
    }

    @Test
    void readsMomentsWrittenWithAnOffsetAsTheSameInstant() {
        String payload = json(SampleEvents.sampleOf(MeetingScheduled.class))
                .replace("2018-07-20T09:00:00Z", "2018-07-20T11:00:00+02:00");

        MeetingScheduled meeting = (MeetingScheduled) codec.fromJson(MEETING_SCHEDULED, 1, utf8(payload));

        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));
    }

    @Test
    void ignoresFieldsAddedByANewerProducer() {
        String payload = json(SampleEvents.sampleOf(MeetingScheduled.class)).replaceFirst("\\{", "{\"agenda\":\"trade\",");

        assertThat(codec.fromJson(MEETING_SCHEDULED, 1, utf8(payload)))
                .isEqualTo(SampleEvents.sampleOf(MeetingScheduled.class));
    }

    @Test
    void rejectsAMissingOrEmptyPayload() {
        assertThatThrownBy(() -> codec.fromJson(MEETING_SCHEDULED, 1, null))
                .isInstanceOf(InvalidEventException.class).hasMessage("payload is missing (null value)");
        assertThatThrownBy(() -> codec.fromJson(MEETING_SCHEDULED, 1, new byte[0]))
                .isInstanceOf(InvalidEventException.class).hasMessage("payload is empty");
    }

    @Test
    void rejectsJsonFollowedByGarbage() {
        String payload = json(SampleEvents.sampleOf(MeetingScheduled.class)) + " trailing";

        assertThatThrownBy(() -> codec.fromJson(MEETING_SCHEDULED, 1, utf8(payload)))
                .isInstanceOf(InvalidEventException.class).hasMessageStartingWith("payload is not valid JSON: ");
    }

    @Test
    void rejectsJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> codec.fromJson(MEETING_SCHEDULED, 1, utf8("[]")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("org.demarche.MeetingScheduled v1 violates its schema: $: array found, object expected");
    }

    @Test
    void checksSizeThenTypeThenVersionThenSyntax() {
        EventCodec tiny = new EventCodec(4);

        assertThatThrownBy(() -> tiny.fromJson("org.demarche.Nope", 2, utf8("not json")))
                .hasMessage("payload of 8 bytes exceeds the limit of 4 bytes");
        assertThatThrownBy(() -> codec.fromJson("org.demarche.Nope", 2, utf8("not json")))
                .hasMessage("unknown event type 'org.demarche.Nope'");
        assertThatThrownBy(() -> codec.fromJson(MEETING_SCHEDULED, 2, utf8("not json")))
                .hasMessage("unsupported schema version 2 for org.demarche.MeetingScheduled (supported: 1)");
    }

    @Test
    void reportsAValueTheRecordCannotHoldAfterTheSchemaAcceptedIt() {
        String payload = json(SampleEvents.sampleOf(DraftRevised.class)).replace("\"version\":2", "\"version\":99999999999");

        assertThatThrownBy(() -> codec.fromJson("org.demarche.DraftRevised", 1, utf8(payload)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("payload cannot be read as org.demarche.DraftRevised: ")
                .hasMessageContaining("99999999999");
    }

    @Test
    void refusesToWriteAPayloadOverTheLimit() {
        EventCodec tiny = new EventCodec(16);

        assertThatThrownBy(() -> tiny.toJson(SampleEvents.sampleOf(MeetingScheduled.class)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageMatching("payload of \\d+ bytes exceeds the limit of 16 bytes");
    }

    @Test
    void defaultsToALimitOfOneMebibyteAndRejectsANonPositiveLimit() {
        assertThat(codec.maxPayloadBytes()).isEqualTo(1_048_576);
        assertThatThrownBy(() -> new EventCodec(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesOneMapperBetweenCodecs() {
        assertThat(new EventCodec(10).mapper()).isSameAs(codec.mapper());
    }
}
