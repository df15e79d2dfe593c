package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.utils.Utils;
import org.demarche.events.meeting.MeetingScheduled;
import org.junit.jupiter.api.Test;

/** EventSerializer and EventDeserializer as Kafka clients use them. */
class KafkaSerdeTest {

    private final EventEnvelope<DemarcheEvent> envelope = SampleEvents.envelopeOf(MeetingScheduled.class);

    @Test
    void kafkaCanInstantiateBothByClassName() {
        EventSerializer serializer = Utils.newInstance(EventSerializer.class);
        EventDeserializer deserializer = Utils.newInstance(EventDeserializer.class);
        deserializer.configure(Map.of(), false);
        Headers headers = new RecordHeaders();

        byte[] bytes = serializer.serialize(Topics.MEETINGS, headers, envelope);

        assertThat(deserializer.deserialize(Topics.MEETINGS, headers, bytes)).isEqualTo(envelope);
    }

    @Test
    void bothRefuseToWorkWithoutHeaders() {
        assertThatThrownBy(() -> new EventSerializer().serialize(Topics.MEETINGS, envelope))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("headers");
        assertThatThrownBy(() -> new EventDeserializer().deserialize(Topics.MEETINGS, new byte[] { '{', '}' }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("headers");
    }

    @Test
    void writesNoHeadersForAnEventItRefusesToSerialise() {
        MeetingScheduled invalid = new MeetingScheduled(SampleEvents.MEETING_ID, "", SampleEvents.MEETING_STARTS_AT,
                "Europe/Paris", "Paris", List.of());
        Headers headers = new RecordHeaders();

        assertThatThrownBy(() -> new EventSerializer().serialize(Topics.MEETINGS, headers,
                EventEnvelope.of(invalid, "intake", SampleEvents.MEETING_STARTS_AT, null)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("$.title");
        assertThat(headers.toArray()).isEmpty();
    }

    @Test
    void serialisesANullValueAsNull() {
        assertThat(new EventSerializer().serialize(Topics.MEETINGS, new RecordHeaders(), null)).isNull();
    }

    @Test
    void rejectsATombstoneAsAMissingPayload() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, envelope);

        assertThatThrownBy(() -> new EventDeserializer().deserialize(Topics.MEETINGS, headers, (byte[]) null))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("payload is missing (null value)");
    }

    @Test
    void readsThePayloadLimitFromAStringProperty() {
        Headers headers = new RecordHeaders();
        byte[] bytes = new EventSerializer().serialize(Topics.MEETINGS, headers, envelope);
        EventDeserializer deserializer = new EventDeserializer();

        deserializer.configure(Map.of(EventDeserializer.MAX_PAYLOAD_BYTES, "100"), false);

        assertThatThrownBy(() -> deserializer.deserialize(Topics.MEETINGS, headers, bytes))
                .hasMessage("payload of " + bytes.length + " bytes exceeds the limit of 100 bytes");
    }

    @Test
    void rejectsAPayloadLimitThatIsNotANumber() {
        assertThatThrownBy(() -> new EventDeserializer()
                .configure(Map.of(EventDeserializer.MAX_PAYLOAD_BYTES, "1MB"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demarche.events.max-payload-bytes must be an integer, was '1MB'");
    }

    @Test
    void writesTheMetadataThatTravelsBesideThePayload() {
        Headers headers = new RecordHeaders();

        byte[] bytes = new EventSerializer().serialize(Topics.MEETINGS, headers, envelope);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("ce_", "correlation", "c0ffee00");
        assertThat(CloudEventHeaders.read(headers).correlationId()).isEqualTo("corr-42");
    }
}
