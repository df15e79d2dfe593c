package org.demarche.events;

import static java.util.Objects.requireNonNull;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer: the payload as schema-valid JSON, the envelope's
 * metadata as CloudEvents headers. Configure it by class name
 * ({@code value.serializer}) or pass an instance to the producer factory.
 */
public class EventSerializer implements Serializer<EventEnvelope<?>> {

    private final EventCodec codec;

    public EventSerializer() {
        this(new EventCodec());
    }

    public EventSerializer(EventCodec codec) {
        this.codec = requireNonNull(codec, "codec is required");
    }

    /** Always fails: the metadata has nowhere to go without headers. */
    @Override
    public byte[] serialize(String topic, EventEnvelope<?> envelope) {
        throw new IllegalStateException("EventSerializer needs record headers for the CloudEvents attributes; "
                + "use serialize(topic, headers, envelope)");
    }

    @Override
    public byte[] serialize(String topic, Headers headers, EventEnvelope<?> envelope) {
        if (envelope == null) {
            return null; // Kafka's convention for a null value
        }
        if (headers == null) {
            return serialize(topic, envelope);
        }
        byte[] json = codec.toJson(envelope.payload());
        CloudEventHeaders.write(headers, envelope);
        return json;
    }
}
