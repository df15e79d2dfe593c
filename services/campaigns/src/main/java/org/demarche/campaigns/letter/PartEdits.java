package org.demarche.campaigns.letter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A coordinator's rewording of some parts of one campaign's letter, which the composer prints
 * instead of the template's. A part's text is printed as written (no placeholders): paragraphs are
 * separated by a blank line, other line breaks and runs of spaces count as one space. An empty
 * text leaves the part out of the letter.
 */
public record PartEdits(Map<EditablePart, String> texts) {

    private static final PartEdits NONE = new PartEdits(Map.of());

    public PartEdits {
        Map<EditablePart, String> copy = new EnumMap<>(EditablePart.class);
        copy.putAll(texts == null ? Map.of() : texts);
        copy.values().removeIf(java.util.Objects::isNull);
        texts = Map.copyOf(copy);
    }

    public static PartEdits none() {
        return NONE;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The coordinator's text of {@code part}, if they rewrote it ("" if they left it out). */
    public Optional<String> of(EditablePart part) {
        return Optional.ofNullable(texts.get(part));
    }

    /** The paragraphs of a rewritten part, each on one line; none if the part was left out. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n[ \\t\\x0B\\f\\r]*\\n")) {
            String line = paragraph.replaceAll("\\s+", " ").strip();
            if (!line.isEmpty()) {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }

    /** By wire name, in letter order, e.g. for JSON. */
    public Map<String, String> byWireName() {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        for (EditablePart part : EditablePart.values()) {
            of(part).ifPresent(text -> named.put(part.wireName(), text));
        }
        return named;
    }
}
