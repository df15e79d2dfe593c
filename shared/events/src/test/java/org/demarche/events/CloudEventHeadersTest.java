package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.demarche.events.EveryEventTest.header;
import static org.demarche.events.EveryEventTest.put;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.demarche.events.meeting.MeetingScheduled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventHeadersTest {

    private final EventEnvelope<DemarcheEvent> envelope = SampleEvents.envelopeOf(MeetingScheduled.class);

    private Headers written() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, envelope);
        return headers;
    }

    @Test
    void writesTheSameHeadersForStoredMetadataAsForItsEnvelope() {
        Headers fromEnvelope = new RecordHeaders();
        Headers fromMetadata = new RecordHeaders();

        CloudEventHeaders.write(fromEnvelope, envelope);
        CloudEventHeaders.write(fromMetadata, new EventMetadata(envelope.id(), envelope.type(), envelope.source(),
                envelope.time(), envelope.correlationId(), 1));

        assertThat(fromMetadata.toArray()).containsExactly(fromEnvelope.toArray());
    }

    @Test
    void writesEveryCloudEventsAttributeAsAUtf8Header() {
        Headers headers = written();

        assertThat(header(headers, "ce_id")).isEqualTo("c0ffee00-1234-4abc-8def-0123456789ab");
        assertThat(header(headers, "ce_type")).isEqualTo("org.demarche.MeetingScheduled");
        assertThat(header(headers, "ce_source")).isEqualTo("test");
        assertThat(header(headers, "ce_time")).isEqualTo("2018-07-11T09:00:00.123456Z");
        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_datacontenttype")).isEqualTo("application/json");
        assertThat(header(headers, "ce_correlationid")).isEqualTo("corr-42");
        assertThat(header(headers, "ce_schemaversion")).isEqualTo("1");
    }

    @Test
    void replacesHeadersOfTheSameNameInsteadOfAddingASecond() {
        Headers headers = new RecordHeaders();
        put(headers, CloudEventHeaders.ID, "stale");
        put(headers, CloudEventHeaders.TYPE, "org.demarche.Stale");

        CloudEventHeaders.write(headers, envelope);

        assertThat(headers.headers(CloudEventHeaders.ID)).hasSize(1);
        assertThat(headers.headers(CloudEventHeaders.TYPE)).hasSize(1);
        assertThat(header(headers, CloudEventHeaders.TYPE)).isEqualTo("org.demarche.MeetingScheduled");
    }

    @Test
    void readsBackWhatWasWritten() {
        EventMetadata metadata = CloudEventHeaders.read(written());

        assertThat(metadata).isEqualTo(new EventMetadata(envelope.id(), "org.demarche.MeetingScheduled", "test",
                Instant.parse("2018-07-11T09:00:00.123456Z"), "corr-42", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ce_id", "ce_type", "ce_source", "ce_time", "ce_schemaversion" })
    void rejectsARecordMissingARequiredHeaderAndNamesIt(String name) {
        Headers headers = written();
        headers.remove(name);

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("missing header " + name);
    }

    @Test
    void treatsABlankHeaderAsMissing() {
        Headers headers = written();
        put(headers, CloudEventHeaders.SOURCE, " ");

        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).hasMessage("missing header ce_source");
    }

    @ParameterizedTest
    @ValueSource(strings = { "x", "1-2-3-4-5", "c0ffee00-1234-4abc-8def-0123456789ab-00" })
    void rejectsAnIdThatIsNotAUuid(String id) {
        Headers headers = written();
        put(headers, CloudEventHeaders.ID, id);

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("header ce_id is not a UUID: '" + id + "'");
    }

    @Test
    void rejectsATimeThatIsNotAnIsoInstant() {
        Headers headers = written();
        put(headers, CloudEventHeaders.TIME, "2018-07-11 09:00");

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("header ce_time is not an ISO-8601 instant: '2018-07-11 09:00'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "one", "0", "-1", "1.0" })
    void rejectsASchemaVersionThatIsNotAPositiveInteger(String version) {
        Headers headers = written();
        put(headers, CloudEventHeaders.SCHEMA_VERSION, version);

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("header ce_schemaversion is not a positive integer: '" + version + "'");
    }

    @Test
    void rejectsAnotherCloudEventsSpecVersion() {
        Headers headers = written();
        put(headers, CloudEventHeaders.SPEC_VERSION, "0.3");

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("unsupported header ce_specversion '0.3' (supported: 1.0)");
    }

    @Test
    void usesTheEventIdAsCorrelationIdWhenTheHeaderIsMissing() {
        Headers headers = written();
        headers.remove(CloudEventHeaders.CORRELATION_ID);

        assertThat(CloudEventHeaders.read(headers).correlationId()).isEqualTo(envelope.id().toString());
    }

    @Test
    void acceptsARecordWithoutTheOptionalSpecVersionAndContentTypeHeaders() {
        Headers headers = written();
        headers.remove(CloudEventHeaders.SPEC_VERSION);
        headers.remove(CloudEventHeaders.CONTENT_TYPE);

        assertThat(CloudEventHeaders.read(headers).id()).isEqualTo(UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab"));
    }
}
