package org.demarche.intake.hudoc;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One record's {@code columns}, read by HUDOC's own field names. A query chooses its fields with
 * {@code select}, and HUDOC answers in the case it was asked ({@code kpdateAsText},
 * {@code kpdateastext}), so names are matched without regard to case.
 */
final class Columns {

    private final JsonNode columns;

    Columns(JsonNode columns) {
        this.columns = columns;
    }

    /** The field's text, stripped; null when the field is absent, null or blank. */
    String text(String field) {
        JsonNode node = node(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.isValueNode() ? node.asString() : node.toString();
        String normalised = value.replace('\u00a0', ' ').strip();
        return normalised.isEmpty() ? null : normalised;
    }

    /** @throws BadRecordException naming the field when it has no value */
    String required(String field) {
        String value = text(field);
        if (value == null) {
            throw new BadRecordException(field, "is missing");
        }
        return value;
    }

    /** The first of the fields that has a value, or null when none has. */
    String firstPresent(String... fields) {
        for (String field : fields) {
            if (text(field) != null) {
                return field;
            }
        }
        return null;
    }

    /**
     * A field HUDOC writes as a list ({@code 14305/17;16113/17}, {@code MDA;RUS}): the values in
     * order, each once, without the blanks a trailing {@code ;} leaves.
     */
    List<String> list(String field) {
        List<String> values = new ArrayList<>();
        String text = text(field);
        if (text != null) {
            for (String value : text.split("[;,]")) {
                String item = value.strip();
                if (!item.isEmpty() && !values.contains(item)) {
                    values.add(item);
                }
            }
        }
        return values;
    }

    private JsonNode node(String field) {
        JsonNode exact = columns.get(field);
        if (exact != null) {
            return exact;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = columns.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(field.toLowerCase(Locale.ROOT))) {
                return entry.getValue();
            }
        }
        return null;
    }
}
