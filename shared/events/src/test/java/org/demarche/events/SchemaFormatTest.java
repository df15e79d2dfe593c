package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.SignOnRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.node.ObjectNode;

/** Formats, patterns and enums are assertions, not annotations: bad values are rejected. */
class SchemaFormatTest {

    private final EventCodec codec = new EventCodec();

    private void assertRejected(Class<? extends DemarcheEvent> eventClass, Consumer<ObjectNode> edit,
            String... expected) {
        ObjectNode json = (ObjectNode) codec.mapper().readTree(codec.toJson(SampleEvents.sampleOf(eventClass)));
        edit.accept(json);
        byte[] bytes = codec.mapper().writeValueAsBytes(json);

        assertThatThrownBy(() -> codec.fromJson(EventCatalog.typeOf(eventClass), 1, bytes))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContainingAll(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-uuid", "0b7d4c1e5a3f4e2b9d8c1a2b3c4d5e6f", "1-2-3-4-5" })
    void rejectsAnIdThatIsNotAUuid(String id) {
        assertRejected(MeetingScheduled.class, json -> json.put("meetingId", id),
                "$.meetingId: does not match the uuid pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = { "tomorrow", "2018-07-20 11:00", "2018-07-20T11:00:00", "2018-07-20" })
    void rejectsAMomentThatIsNotAnRfc3339DateTimeWithOffset(String startsAt) {
        assertRejected(MeetingScheduled.class, json -> json.put("startsAt", startsAt),
                "$.startsAt: does not match the date-time pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "FRA", "France", "" })
    void rejectsACountryThatIsNotAnUpperCaseAlpha2Code(String country) {
        assertRejected(MeetingScheduled.class,
                json -> ((ObjectNode) json.get("participants").get(1)).put("country", country),
                "$.participants[1].country: does not match the regex pattern ^[A-Z]{2}$");
    }

    @Test
    void rejectsALegalDateThatIsNotAnIsoDate() {
        assertRejected(RulingPublished.class, json -> json.put("judgmentDate", "22/05/2014"),
                "$.judgmentDate: does not match the date pattern");
    }

    @Test
    void rejectsAnEmailThatIsNotAnAddress() {
        assertRejected(SignOnRequested.class, json -> json.put("email", "jane at example.org"),
                "$.email: does not match the regex pattern");
    }

    @Test
    void acceptsAnAddressOnADomainReservedForExamples() {
        // the reference case's partners use example domains, which a strict format check refuses
        var codec = new EventCodec();
        var request = (SignOnRequested) SampleEvents.sampleOf(SignOnRequested.class);
        var onExample = new SignOnRequested(request.campaignId(), request.partnerId(), request.organisation(),
                request.contactName(), "director@hrclub.example", request.language(), request.timeZone(),
                request.campaignTitle(), request.draftVersion(), request.draftText(), request.signOnDeadline(),
                request.meetingStartsAt(), request.meetingTimeZone(), request.replyTo());

        assertThat(codec.fromJson(EventCatalog.typeOf(SignOnRequested.class), 1, codec.toJson(onExample)))
                .isEqualTo(onExample);
    }

    @Test
    void rejectsAValueOutsideItsEnumeration() {
        assertRejected(DeadlineScheduled.class, json -> json.put("kind", "someday"),
                "$.kind: does not have a value in the enumeration");
    }

    @Test
    void rejectsAnEmptyRequiredString() {
        assertRejected(MeetingScheduled.class, json -> json.put("title", ""), "$.title: must be at least 1 characters long");
    }

    @Test
    void rejectsADraftVersionBelowOne() {
        assertRejected(SignOnRequested.class, json -> json.put("draftVersion", 0), "$.draftVersion: must have a minimum value of 1");
    }

    @Test
    void listsEveryViolationInOneMessage() {
        assertRejected(MeetingScheduled.class, json -> {
            json.put("meetingId", "x");
            json.remove("city");
        }, "$.meetingId: does not match the uuid pattern", "; $.city: required property missing");
    }

    @Test
    void refusesToSerialiseAnEventThatBreaksItsSchema() {
        MeetingScheduled meeting = new MeetingScheduled(SampleEvents.MEETING_ID, "Visit", SampleEvents.MEETING_STARTS_AT,
                "Europe/Paris", "Paris", List.of(new Participant("Ilham Aliyev", null, "Azerbaijan")));

        assertThatThrownBy(() -> codec.toJson(meeting))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("org.demarche.MeetingScheduled v1 violates its schema: "
                        + "$.participants[0].country: does not match the regex pattern ^[A-Z]{2}$");
    }
}
