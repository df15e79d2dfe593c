package org.demarche.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

/**
 * An event with the metadata that travels beside it as CloudEvents headers.
 *
 * @param id            unique id of this occurrence; consumers record it to stay idempotent
 * @param source        the service that produced it, e.g. "intake"
 * @param time          when it happened
 * @param correlationId id shared by every event of one chain of cause and effect; defaults to {@code id}
 * @param payload       the event itself
 */
public record EventEnvelope<E extends DemarcheEvent>(UUID id, String source, Instant time, String correlationId, E payload) {

    public EventEnvelope {
        requireNonNull(id, "id is required");
        requireNonNull(source, "source is required");
        requireNonNull(time, "time is required");
        requireNonNull(payload, "payload is required");
        if (correlationId == null) {
            correlationId = id.toString(); // the first event of a chain correlates with itself
        }
    }

    /** A new occurrence of {@code payload} with a random id. */
    public static <E extends DemarcheEvent> EventEnvelope<E> of(E payload, String source, Instant time, String correlationId) {
        return new EventEnvelope<>(UUID.randomUUID(), source, time, correlationId, payload);
    }

    /** The CloudEvents type, e.g. {@code org.demarche.MeetingScheduled}. */
    public String type() {
        return EventCatalog.typeOf(payload.getClass());
    }

    public String topic() {
        return EventCatalog.topicOf(payload.getClass());
    }

    /** The Kafka record key. */
    public String key() {
        return payload.partitionKey();
    }
}
