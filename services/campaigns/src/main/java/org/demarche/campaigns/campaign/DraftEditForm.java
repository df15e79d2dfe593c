package org.demarche.campaigns.campaign;

import java.util.LinkedHashMap;
import java.util.Map;

import org.demarche.campaigns.draft.DraftEditRequest;
import org.demarche.campaigns.draft.DraftVersion;
import org.demarche.campaigns.letter.EditablePart;

/**
 * The draft editor as submitted: one text per part ({@code parts.ask}, ...) and the reason.
 *
 * <p>Every box starts with the part's current wording, but the API's rule is that a part listed is
 * the coordinator's from then on. So only what was changed — or was the coordinator's already —
 * goes into the request; a part left as shown keeps following the template and the registry.
 *
 * @param parts by the API's part names, as typed (line breaks as the browser sent them)
 */
record DraftEditForm(Map<String, String> parts, String reason) {

    static final String FIELD_PREFIX = "parts.";

    DraftEditForm {
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The boxes as they start: each part's wording in the current version. */
    static DraftEditForm current(DraftVersion version) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (EditablePart part : EditablePart.values()) {
            parts.put(part.wireName(), version.letter().text(part).orElse(""));
        }
        return new DraftEditForm(parts, "");
    }

    /** The form's {@code parts.*} fields, in the parts' order. */
    static DraftEditForm submitted(Map<String, String> fields, String reason) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (EditablePart part : EditablePart.values()) {
            parts.put(part.wireName(), fields.getOrDefault(FIELD_PREFIX + part.wireName(), ""));
        }
        return new DraftEditForm(parts, reason);
    }

    /** The API's request: the parts changed from {@code current}, and those the coordinator had reworded before. */
    DraftEditRequest request(DraftVersion current) {
        Map<String, String> changed = new LinkedHashMap<>();
        for (EditablePart part : EditablePart.values()) {
            String typed = parts.getOrDefault(part.wireName(), "").replace("\r\n", "\n");
            boolean theirs = current.edits().of(part).isPresent();
            String shown = current.letter().text(part).orElse("");
            if (theirs || !normalised(typed).equals(normalised(shown))) {
                changed.put(part.wireName(), typed);
            }
        }
        return new DraftEditRequest(changed, reason, null);
    }

    /** Paragraphs (split on blank lines) with their runs of white space as one space, as the letter prints them. */
    private static String normalised(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String line = paragraph.replaceAll("\\s+", " ").strip();
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
