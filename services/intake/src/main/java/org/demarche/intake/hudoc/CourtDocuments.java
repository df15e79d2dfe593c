package org.demarche.intake.hudoc;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a judgment from the Court's other documents by the fields HUDOC gives for it, in the order
 * HUDOC's own site relies on them: {@code doctype} ({@code HEJUD} and {@code HFJUD} are the
 * English and French judgments; {@code HEDEC}/{@code HFDEC} decisions, {@code HECOM}/{@code HFCOM}
 * communicated cases, {@code CLIN} legal summaries, {@code PR} press releases), else
 * {@code documentcollectionid2} or {@code documentcollectionid} ({@code CASELAW;JUDGMENTS;CHAMBER;ENG},
 * {@code CASELAW;DECISIONS;...}, {@code COMMUNICATEDCASES}, {@code CLIN}, {@code PRESS;...}), else
 * {@code typedescription} ({@code 15} for judgments, {@code 1002} for press releases). A record
 * with none of them is taken for a judgment, as uploads always were.
 */
final class CourtDocuments {

    /** documentcollectionid2 parts that mean something else than a judgment, checked before the judgment parts. */
    private static final Map<String, String> OTHER_COLLECTIONS = Map.ofEntries(
            Map.entry("PRESS", "a press release"),
            Map.entry("CLIN", "a legal summary"),
            Map.entry("COMMUNICATEDCASES", "a communicated case"),
            Map.entry("DECISIONS", "a decision"),
            Map.entry("DECGRANDCHAMBER", "a decision"),
            Map.entry("ADMISSIBILITY", "a decision"),
            Map.entry("ADMISSIBILITYCOM", "a decision"),
            Map.entry("DECCOMMISSION", "a decision of the Commission"),
            Map.entry("ADVISORYOPINIONS", "an advisory opinion"),
            Map.entry("RESOLUTIONS", "a resolution of the Committee of Ministers (import it from HUDOC-EXEC)"),
            Map.entry("REPORTS", "a report of the Commission"));
    private static final List<String> JUDGMENT_COLLECTIONS = List.of("JUDGMENTS", "GRANDCHAMBER", "CHAMBER",
            "COMMITTEE");

    private CourtDocuments() {
    }

    /** @throws SkippedRecordException naming the field that shows the record is no judgment */
    static void requireJudgment(Columns columns) {
        String doctype = columns.text("doctype");
        if (doctype != null) {
            byDoctype(doctype);
            return;
        }
        for (String field : List.of("documentcollectionid2", "documentcollectionid")) {
            if (columns.text(field) != null) {
                byCollection(field, columns.list(field));
                return;
            }
        }
        String type = columns.text("typedescription");
        if (type != null) {
            byTypeDescription(type);
        }
    }

    private static void byDoctype(String doctype) {
        String code = doctype.toUpperCase(Locale.ROOT);
        String other = code.equals("PR") ? "a press release"
                : code.equals("CLIN") ? "a legal summary"
                : code.contains("JUD") ? null
                : code.contains("DEC") ? "a decision"
                : code.contains("COM") ? "a communicated case"
                : code.contains("ADV") ? "an advisory opinion"
                : code.contains("RES") ? "a resolution of the Committee of Ministers (import it from HUDOC-EXEC)"
                : "";
        if (other != null) {
            throw new SkippedRecordException("doctype", other.isEmpty()
                    ? doctype + " is none of HUDOC's judgment types (HEJUD, HFJUD)"
                    : doctype + " is " + other + ", not a judgment");
        }
    }

    private static void byCollection(String field, List<String> parts) {
        List<String> codes = parts.stream().map(part -> part.toUpperCase(Locale.ROOT)).toList();
        for (String code : codes) {
            if (OTHER_COLLECTIONS.containsKey(code)) {
                throw new SkippedRecordException(field, String.join(";", parts) + " is " + OTHER_COLLECTIONS.get(code)
                        + ", not a judgment");
            }
        }
        if (codes.stream().noneMatch(JUDGMENT_COLLECTIONS::contains)) {
            throw new SkippedRecordException(field, String.join(";", parts) + " names none of HUDOC's judgment "
                    + "collections (JUDGMENTS, GRANDCHAMBER, CHAMBER, COMMITTEE)");
        }
    }

    private static void byTypeDescription(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.equals("15") || lower.contains("judgment") || lower.contains("arrêt")) {
            return;
        }
        String other = lower.equals("1002") || lower.contains("press") || lower.contains("communiqué")
                ? "a press release"
                : lower.contains("decision") || lower.contains("décision") ? "a decision"
                : lower.contains("communicated") ? "a communicated case"
                : lower.contains("summary") || lower.contains("résumé") ? "a legal summary"
                : "";
        throw new SkippedRecordException("typedescription", other.isEmpty()
                ? type + " is not HUDOC's type of a judgment (15)"
                : type + " is " + other + ", not a judgment");
    }
}
