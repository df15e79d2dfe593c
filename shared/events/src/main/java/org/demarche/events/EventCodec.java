package org.demarche.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Error;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns events into schema-valid JSON and back. Validation runs both ways, so
 * a producer cannot publish what a consumer would reject. Thread-safe; make
 * one and reuse it.
 */
public final class EventCodec {

    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 1_048_576;

    /** A DLT header should stay readable: list this many violations, then count the rest. */
    private static final int MAX_LISTED_VIOLATIONS = 20;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // evolution adds optional fields
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final int maxPayloadBytes;

    public EventCodec() {
        this(DEFAULT_MAX_PAYLOAD_BYTES);
    }

    public EventCodec(int maxPayloadBytes) {
        if (maxPayloadBytes <= 0) {
            throw new IllegalArgumentException("maxPayloadBytes must be positive, was " + maxPayloadBytes);
        }
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /** The mapper used for payloads: ISO-8601 strings for java.time, nulls omitted, unknown properties ignored. */
    public JsonMapper mapper() {
        return MAPPER;
    }

    public int maxPayloadBytes() {
        return maxPayloadBytes;
    }

    /**
     * @throws InvalidEventException if the event violates its schema or exceeds the size limit
     */
    public byte[] toJson(DemarcheEvent event) {
        requireNonNull(event, "event is required");
        JsonNode tree = MAPPER.valueToTree(event);
        validate(event.getClass(), tree);
        byte[] json = MAPPER.writeValueAsBytes(tree);
        checkSize(json);
        return json;
    }

    /**
     * Reads an event of the given CloudEvents type and schema version.
     *
     * @throws InvalidEventException naming the first problem found: empty or oversized payload,
     *                               unknown type or version, malformed JSON, schema violations
     */
    public DemarcheEvent fromJson(String type, int schemaVersion, byte[] json) {
        if (json == null) {
            throw new InvalidEventException("payload is missing (null value)");
        }
        if (json.length == 0) {
            throw new InvalidEventException("payload is empty");
        }
        checkSize(json);
        Class<? extends DemarcheEvent> eventClass = EventCatalog.classOf(type)
                .orElseThrow(() -> new InvalidEventException("unknown event type '" + type + "'"));
        int supported = EventCatalog.versionOf(eventClass);
        if (schemaVersion != supported) {
            throw new InvalidEventException("unsupported schema version " + schemaVersion + " for " + type
                    + " (supported: " + supported + ")");
        }
        JsonNode tree = parse(json);
        validate(eventClass, tree);
        try {
            return MAPPER.treeToValue(tree, eventClass);
        } catch (JacksonException e) {
            throw new InvalidEventException("payload cannot be read as " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    private void checkSize(byte[] json) {
        if (json.length > maxPayloadBytes) {
            throw new InvalidEventException("payload of " + json.length + " bytes exceeds the limit of "
                    + maxPayloadBytes + " bytes");
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidEventException("payload is not valid JSON: " + e.getOriginalMessage() + where, e);
        }
    }

    private static void validate(Class<? extends DemarcheEvent> eventClass, JsonNode tree) {
        List<Error> errors = EventCatalog.schemaOf(eventClass).validate(tree);
        if (errors.isEmpty()) {
            return;
        }
        String listed = errors.stream().limit(MAX_LISTED_VIOLATIONS).map(EventCodec::describe)
                .collect(Collectors.joining("; "));
        String more = errors.size() > MAX_LISTED_VIOLATIONS
                ? " and " + (errors.size() - MAX_LISTED_VIOLATIONS) + " more"
                : "";
        throw new InvalidEventException(EventCatalog.typeOf(eventClass) + " v" + EventCatalog.versionOf(eventClass)
                + " violates its schema: " + listed + more);
    }

    /** "$.path: message"; a missing property is reported at its own path rather than its parent's. */
    private static String describe(Error error) {
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return error.getInstanceLocation() + "." + error.getProperty() + ": required property missing";
        }
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
