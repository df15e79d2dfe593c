package org.demarche.campaigns.draft;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.demarche.campaigns.letter.EditablePart;
import org.demarche.campaigns.letter.PartEdits;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A coordinator's rewording as stored: JSON by the API's part names, {"ask": "..."}. */
public final class StoredEdits {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> TEXTS = new TypeReference<>() {
    };

    private StoredEdits() {
    }

    public static String json(PartEdits edits) {
        return JSON.writeValueAsString(edits.byWireName());
    }

    public static PartEdits edits(String json) {
        if (json == null || json.isBlank()) {
            return PartEdits.none();
        }
        Map<EditablePart, String> texts = new EnumMap<>(EditablePart.class);
        JSON.readValue(json, TEXTS).forEach((name, text) -> texts.put(EditablePart.fromWireName(name).orElseThrow(), text));
        return new PartEdits(texts);
    }
}
