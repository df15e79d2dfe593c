package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The contract every registered event must keep, checked for each one. */
class EveryEventTest {

    private final EventCodec codec = new EventCodec();
    private final EventSerializer serializer = new EventSerializer(codec);
    private final EventDeserializer deserializer = new EventDeserializer(codec);

    static Stream<Class<? extends DemarcheEvent>> events() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void survivesARoundTripThroughKafkaSerialisation(Class<? extends DemarcheEvent> eventClass) {
        EventEnvelope<DemarcheEvent> sent = SampleEvents.envelopeOf(eventClass);
        Headers headers = new RecordHeaders();

        byte[] bytes = serializer.serialize(sent.topic(), headers, sent);
        EventEnvelope<?> received = deserializer.deserialize(sent.topic(), headers, bytes);

        assertThat(received).isEqualTo(sent);
        assertThat(received.payload()).isInstanceOf(eventClass);
        assertThat(received.type()).isEqualTo("org.demarche." + eventClass.getSimpleName());
        assertThat(header(headers, CloudEventHeaders.TYPE)).isEqualTo(received.type());
    }

    @ParameterizedTest
    @MethodSource("events")
    void isKeyedAndPublishedOnAKnownTopicWithoutItsKeyInTheJson(Class<? extends DemarcheEvent> eventClass) {
        DemarcheEvent event = SampleEvents.sampleOf(eventClass);

        assertThat(event.partitionKey()).isNotBlank();
        assertThat(Topics.ALL).contains(EventCatalog.topicOf(eventClass));
        assertThat(jsonOf(event).has("partitionKey")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("events")
    void rejectsAPayloadMissingAnyRequiredFieldAndNamesTheField(Class<? extends DemarcheEvent> eventClass) {
        List<String> required = SchemaFiles.requiredOf(eventClass);
        assertThat(required).isNotEmpty();

        for (String field : required) {
            ObjectNode json = jsonOf(SampleEvents.sampleOf(eventClass));
            json.remove(field);

            assertThatThrownBy(() -> read(eventClass, json))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("org.demarche." + eventClass.getSimpleName() + " v1 violates its schema")
                    .hasMessageContaining("$." + field + ": required property missing");
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void rejectsANumberWhereAStringIsRequiredAndNamesTheField(Class<? extends DemarcheEvent> eventClass) {
        List<String> stringFields = SchemaFiles.requiredStringsOf(eventClass);
        assertThat(stringFields).isNotEmpty();

        for (String field : stringFields) {
            ObjectNode json = jsonOf(SampleEvents.sampleOf(eventClass));
            json.put(field, 42);

            assertThatThrownBy(() -> read(eventClass, json))
                    .isInstanceOf(InvalidEventException.class)
                    .hasMessageContaining("$." + field + ": integer found, string expected");
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void rejectsAnUnknownTypeHeaderAndNamesTheType(Class<? extends DemarcheEvent> eventClass) {
        EventEnvelope<DemarcheEvent> sent = SampleEvents.envelopeOf(eventClass);
        Headers headers = new RecordHeaders();
        byte[] bytes = serializer.serialize(sent.topic(), headers, sent);
        String unknownType = sent.type() + "Typo";
        put(headers, CloudEventHeaders.TYPE, unknownType);

        assertThatThrownBy(() -> deserializer.deserialize(sent.topic(), headers, bytes))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("unknown event type '" + unknownType + "'");
    }

    @ParameterizedTest
    @MethodSource("events")
    void rejectsAnUnsupportedSchemaVersionAndNamesTheSupportedOne(Class<? extends DemarcheEvent> eventClass) {
        EventEnvelope<DemarcheEvent> sent = SampleEvents.envelopeOf(eventClass);
        Headers headers = new RecordHeaders();
        byte[] bytes = serializer.serialize(sent.topic(), headers, sent);
        put(headers, CloudEventHeaders.SCHEMA_VERSION, "2");

        assertThatThrownBy(() -> deserializer.deserialize(sent.topic(), headers, bytes))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("unsupported schema version 2 for " + sent.type() + " (supported: 1)");
    }

    @ParameterizedTest
    @MethodSource("events")
    void rejectsBytesThatAreNotJson(Class<? extends DemarcheEvent> eventClass) {
        EventEnvelope<DemarcheEvent> sent = SampleEvents.envelopeOf(eventClass);
        Headers headers = new RecordHeaders();
        serializer.serialize(sent.topic(), headers, sent);
        byte[] notJson = "<event>not json</event>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> deserializer.deserialize(sent.topic(), headers, notJson))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("payload is not valid JSON: ")
                .hasMessageContaining("line 1, column 1");
    }

    @ParameterizedTest
    @MethodSource("events")
    void rejectsAPayloadOverTheConfiguredLimitAndNamesBothSizes(Class<? extends DemarcheEvent> eventClass) {
        EventEnvelope<DemarcheEvent> sent = SampleEvents.envelopeOf(eventClass);
        Headers headers = new RecordHeaders();
        byte[] bytes = serializer.serialize(sent.topic(), headers, sent);
        EventDeserializer strict = new EventDeserializer();
        strict.configure(Map.of(EventDeserializer.MAX_PAYLOAD_BYTES, bytes.length - 1), false);

        assertThatThrownBy(() -> strict.deserialize(sent.topic(), headers, bytes))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("payload of " + bytes.length + " bytes exceeds the limit of " + (bytes.length - 1) + " bytes");
    }

    private ObjectNode jsonOf(DemarcheEvent event) {
        return (ObjectNode) codec.mapper().readTree(codec.toJson(event));
    }

    private DemarcheEvent read(Class<? extends DemarcheEvent> eventClass, JsonNode json) {
        return codec.fromJson(EventCatalog.typeOf(eventClass), 1, codec.mapper().writeValueAsBytes(json));
    }

    static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
