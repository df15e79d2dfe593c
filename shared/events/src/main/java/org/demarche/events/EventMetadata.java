package org.demarche.events;

import java.time.Instant;
import java.util.UUID;

/** The CloudEvents attributes of a Kafka record, as read by {@link CloudEventHeaders#read}. */
public record EventMetadata(UUID id, String type, String source, Instant time, String correlationId, int schemaVersion) {
}
