package org.demarche.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents attributes as Kafka headers (the Kafka protocol binding's
 * binary mode: {@code ce_} prefix, UTF-8 string values). Extension attribute
 * names are lowercase alphanumerics, as the specification requires.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "ce_datacontenttype";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String SCHEMA_VERSION = "ce_schemaversion";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String CONTENT_TYPE_VALUE = "application/json";

    private CloudEventHeaders() {
    }

    /** Writes every attribute of {@code envelope}, replacing any header of the same name. */
    public static void write(Headers headers, EventEnvelope<?> envelope) {
        write(headers, new EventMetadata(envelope.id(), envelope.type(), envelope.source(), envelope.time(),
                envelope.correlationId(), EventCatalog.versionOf(envelope.payload().getClass())));
    }

    /**
     * Writes the headers of an event whose payload is already serialised, as the outbox relay sends
     * it: the same headers as for its envelope.
     */
    public static void write(Headers headers, EventMetadata metadata) {
        put(headers, ID, metadata.id().toString());
        put(headers, TYPE, metadata.type());
        put(headers, SOURCE, metadata.source());
        put(headers, TIME, metadata.time().toString());
        put(headers, SPEC_VERSION, SPEC_VERSION_VALUE);
        put(headers, CONTENT_TYPE, CONTENT_TYPE_VALUE);
        put(headers, CORRELATION_ID, metadata.correlationId());
        put(headers, SCHEMA_VERSION, Integer.toString(metadata.schemaVersion()));
    }

    /**
     * Reads the attributes of a record.
     *
     * @throws InvalidEventException naming the header that is missing or garbled
     */
    public static EventMetadata read(Headers headers) {
        String specVersion = optional(headers, SPEC_VERSION);
        if (specVersion != null && !specVersion.equals(SPEC_VERSION_VALUE)) {
            throw new InvalidEventException("unsupported header " + SPEC_VERSION + " '" + specVersion
                    + "' (supported: " + SPEC_VERSION_VALUE + ")");
        }
        UUID id = uuid(required(headers, ID));
        String correlationId = optional(headers, CORRELATION_ID);
        return new EventMetadata(id, required(headers, TYPE), required(headers, SOURCE),
                instant(required(headers, TIME)), correlationId != null ? correlationId : id.toString(),
                schemaVersion(required(headers, SCHEMA_VERSION)));
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null) {
            throw new InvalidEventException("missing header " + name);
        }
        return value;
    }

    /** The last value of the header, or null when absent or blank. */
    private static String optional(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        return value.isBlank() ? null : value;
    }

    private static UUID uuid(String value) {
        try {
            UUID id = UUID.fromString(value);
            if (id.toString().equalsIgnoreCase(value)) { // fromString accepts shortened forms such as "1-2-3-4-5"
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidEventException("header " + ID + " is not a UUID: '" + value + "'");
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("header " + TIME + " is not an ISO-8601 instant: '" + value + "'");
        }
    }

    private static int schemaVersion(String value) {
        try {
            int version = Integer.parseInt(value.strip());
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidEventException("header " + SCHEMA_VERSION + " is not a positive integer: '" + value + "'");
    }
}
