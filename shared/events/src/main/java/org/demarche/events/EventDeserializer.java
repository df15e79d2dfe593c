package org.demarche.events;

import static java.util.Objects.requireNonNull;

import java.util.Map;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer: reads the CloudEvents headers, then the payload
 * of the type and schema version they name. Throws {@link InvalidEventException}
 * for a record that can never be read; wrap it in Spring Kafka's
 * ErrorHandlingDeserializer so such records go to the dead-letter topic.
 */
public class EventDeserializer implements Deserializer<EventEnvelope<?>> {

    /** Consumer property: the largest payload accepted, in bytes (default 1 MiB). */
    public static final String MAX_PAYLOAD_BYTES = "demarche.events.max-payload-bytes";

    private EventCodec codec;

    public EventDeserializer() {
        this(new EventCodec());
    }

    public EventDeserializer(EventCodec codec) {
        this.codec = requireNonNull(codec, "codec is required");
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Object limit = configs.get(MAX_PAYLOAD_BYTES);
        if (limit instanceof Number number) {
            codec = new EventCodec(number.intValue());
        } else if (limit instanceof String text) {
            try {
                codec = new EventCodec(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(MAX_PAYLOAD_BYTES + " must be an integer, was '" + text + "'", e);
            }
        } else if (limit != null) {
            throw new IllegalArgumentException(MAX_PAYLOAD_BYTES + " must be an integer, was " + limit.getClass().getName());
        }
    }

    /** Always fails: the type and schema version are in the headers. */
    @Override
    public EventEnvelope<?> deserialize(String topic, byte[] data) {
        throw new IllegalStateException("EventDeserializer needs the record headers (CloudEvents attributes); "
                + "use deserialize(topic, headers, data)");
    }

    @Override
    public EventEnvelope<?> deserialize(String topic, Headers headers, byte[] data) {
        EventMetadata metadata = CloudEventHeaders.read(headers);
        DemarcheEvent payload = codec.fromJson(metadata.type(), metadata.schemaVersion(), data);
        return new EventEnvelope<>(metadata.id(), metadata.source(), metadata.time(), metadata.correlationId(), payload);
    }
}
