package org.demarche.intake.hudoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells what a HUDOC-EXEC document is, from {@code execdocumenttype} and
 * {@code execdocumenttypecollection} as HUDOC-EXEC writes them (codes such as {@code CMDEC},
 * {@code res}, {@code CEC;all}, or words such as "Interim Resolution", "Décision") and from its
 * title: letters cite the Committee's decisions, its interim resolutions and its referrals under
 * Article 46 § 4. Its other documents (final resolutions, action plans and reports,
 * communications, case cards, notes) are skipped with the reason.
 */
final class CommitteeDocuments {

    static final String DECISION = "decision";
    static final String INTERIM_RESOLUTION = "interim-resolution";
    static final String INFRINGEMENT_REFERRAL = "infringement-referral";

    private static final Map<String, String> NOT_CITED = Map.ofEntries(
            Map.entry("cec", "a case's entry card"),
            Map.entry("acp", "an action plan"),
            Map.entry("acr", "an action report"),
            Map.entry("obs", "a communication"),
            Map.entry("apo", "a communication from the applicant"),
            Map.entry("gvo", "a communication from the government"),
            Map.entry("eo", "a communication from the Court"),
            Map.entry("ngo", "a communication from an NGO"),
            Map.entry("nhri", "a communication from a national human rights institution"),
            Map.entry("igo", "a communication from an intergovernmental organisation"),
            Map.entry("nto", "a communication from UNHCR"),
            Map.entry("oorg", "a communication from another organisation"),
            Map.entry("oo", "a communication"),
            Map.entry("cminf", "an information document"),
            Map.entry("cmnot", "notes on the agenda"),
            Map.entry("hexec", "a memorandum"));

    private CommitteeDocuments() {
    }

    /**
     * The kind of ResolutionAdopted the document is.
     *
     * @throws SkippedRecordException for a document letters do not cite
     * @throws BadRecordException     when nothing tells what the document is
     */
    static String kind(Columns columns, String title) {
        String field = columns.firstPresent("execdocumenttype", "execdocumenttypecollection");
        if (field == null) {
            throw new BadRecordException("execdocumenttype", "is missing");
        }
        List<String> types = new ArrayList<>(columns.list("execdocumenttype"));
        types.addAll(columns.list("execdocumenttypecollection"));
        List<String> lower = types.stream().map(type -> type.toLowerCase(Locale.ROOT)).toList();
        boolean decision = lower.stream().anyMatch(type -> type.equals("cmdec") || type.contains("decision")
                || type.contains("décision"));
        boolean resolution = lower.stream().anyMatch(type -> type.equals("res") || type.equals("execution")
                || type.equals("merits") || type.contains("resolution") || type.contains("résolution"));
        String given = columns.text(field);
        if (decision || resolution) {
            if (types.stream().anyMatch(InfringementProceedings::named) || InfringementProceedings.named(title)) {
                return INFRINGEMENT_REFERRAL;
            }
            if (decision) {
                return DECISION;
            }
            if (mentions(lower, title, "interim", "intérimaire")) {
                return INTERIM_RESOLUTION;
            }
            throw new SkippedRecordException(field, given + " is " + (mentions(lower, title, "final", "finale")
                    ? "a final resolution" : "a resolution that is not interim")
                    + ", which closes the supervision: letters cite decisions, interim resolutions and referrals");
        }
        String known = lower.stream().filter(NOT_CITED::containsKey).findFirst().map(NOT_CITED::get).orElse(null);
        throw new SkippedRecordException(field, given + (known != null ? " is " + known + ", not a decision or a resolution"
                : " is neither a decision nor a resolution"));
    }

    private static boolean mentions(List<String> types, String title, String english, String french) {
        String lowerTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
        return types.stream().anyMatch(type -> type.contains(english) || type.contains(french))
                || lowerTitle.contains(english + " resolution") || lowerTitle.contains("résolution " + french);
    }
}
