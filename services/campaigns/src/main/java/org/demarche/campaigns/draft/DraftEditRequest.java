package org.demarche.campaigns.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.demarche.campaigns.letter.EditablePart;
import org.demarche.campaigns.letter.PartEdits;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * The body of {@code PUT /api/campaigns/{id}/draft}: the coordinator's rewording of the draft, as a
 * whole — parts not listed return to the template's wording — and why.
 *
 * <p>Parts, not one full text: the ask stays identifiable, so that polishing a sentence keeps the
 * signatures given while rewording the ask asks the signatories to confirm. A full replacement
 * ({@code text}) is refused with a pointer to {@code parts}.
 *
 * @param parts  by name ({@link EditablePart#wireNames()}): the part's text as printed, paragraphs
 *               separated by a blank line; {@code ""} leaves the part out; {@code null} or absent
 *               keeps the template's wording
 * @param reason why, shown with the version and sent to partners
 * @param text   not supported; named so that a client sending it is told
 */
public record DraftEditRequest(Map<String, String> parts, String reason, Object text) {

    public static final int MAX_PART_LENGTH = 5000;
    public static final int MAX_REASON_LENGTH = 500;

    /** @throws InvalidInputException naming every field at fault */
    public PartEdits validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (text != null) {
            problems.add(new FieldProblem("text", "a full replacement is not supported; reword parts instead, "
                    + "e.g. {\"parts\": {\"ask\": \"...\"}}, so that the ask stays identifiable"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "is required: say why the draft changes"));
        } else if (reason.strip().length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem("reason", "must be at most " + MAX_REASON_LENGTH + " characters"));
        }
        Map<EditablePart, String> texts = new EnumMap<>(EditablePart.class);
        if (parts == null) {
            problems.add(new FieldProblem("parts", "is required: an object of part names and texts, {} for none"));
        } else {
            parts.forEach((name, value) -> {
                String field = "parts." + name;
                var part = EditablePart.fromWireName(name);
                if (part.isEmpty()) {
                    problems.add(new FieldProblem(field, "is not a part of the letter; parts are "
                            + EditablePart.wireNames()));
                } else if (value != null) {
                    if (value.length() > MAX_PART_LENGTH) {
                        problems.add(new FieldProblem(field, "must be at most " + MAX_PART_LENGTH + " characters"));
                    } else if (value.isBlank() && !part.get().inBody()) {
                        problems.add(new FieldProblem(field, "cannot be left out of the letter"));
                    } else {
                        texts.put(part.get(), value.strip());
                    }
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PartEdits(texts);
    }

    public String strippedReason() {
        return reason.strip();
    }
}
