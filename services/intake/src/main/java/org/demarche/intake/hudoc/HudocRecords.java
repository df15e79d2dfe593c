package org.demarche.intake.hudoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.demarche.intake.legal.ResolutionRequest;
import org.demarche.intake.legal.RulingRequest;
import tools.jackson.databind.JsonNode;

/**
 * Turns one HUDOC or HUDOC-EXEC result record into the request a coordinator would have sent to
 * {@code /api/rulings} or {@code /api/resolutions}, so that it is checked exactly like one.
 */
final class HudocRecords {

    static final String COURT = "ECtHR";
    static final String COMMITTEE = "Committee of Ministers";
    private static final Pattern CM_REFERENCE = Pattern.compile("CM/(?:ResDH|Del/Dec|Res|Inf/DH|Notes)\\([^)]*\\)[\\w/\\-]*");
    private static final Pattern ARTICLE_46_4 = Pattern.compile(
            "article\\s+46\\s*(?:\\(4\\)|§\\s*4|,?\\s*paragraph\\s*4)|46\\s*§\\s*4|46\\(4\\)|infringement",
            Pattern.CASE_INSENSITIVE);

    /** A record that cannot become a legal fact, and why. */
    static final class BadRecordException extends RuntimeException {
        BadRecordException(String reason) {
            super(reason);
        }
    }

    private HudocRecords() {
    }

    static String judgmentId(JsonNode columns) {
        return required(columns, "itemid");
    }

    static RulingRequest ruling(JsonNode columns) {
        String itemId = judgmentId(columns);
        String docname = required(columns, "docname");
        String respondent = respondent(columns, "respondent");
        String conclusion = text(columns, "conclusion");
        return new RulingRequest(COURT, CaseNames.fromDocname(docname), firstApplication(required(columns, "appno")),
                respondent, HudocDates.iso(text(columns, "kpdate")), ConclusionReader.articlesViolated(conclusion),
                summary(ConclusionReader.violationsSummary(conclusion), text(columns, "ecli")),
                "https://hudoc.echr.coe.int/eng?i=" + itemId);
    }

    static String executionId(JsonNode columns) {
        return required(columns, "execidentifier");
    }

    static ResolutionRequest resolution(JsonNode columns) {
        String identifier = executionId(columns);
        String title = text(columns, "title");
        String type = text(columns, "execdocumenttype");
        String kind = kind(type, title);
        Matcher reference = CM_REFERENCE.matcher(title == null ? "" : title);
        String appNo = text(columns, "execappno");
        return new ResolutionRequest(COMMITTEE, reference.find() ? reference.group() : identifier,
                HudocDates.iso(text(columns, "execpublisheddate")), respondent(columns, "execstate"),
                CaseNames.fromTitle(title), appNo == null ? null : firstApplication(appNo), kind,
                title == null ? null : title.length() > 4000 ? title.substring(0, 4000) : title,
                "https://hudoc.exec.coe.int/eng?i=" + identifier);
    }

    /**
     * The kind, from the document type: a decision or an interim resolution, and an infringement
     * referral whenever the type or title speaks of Article 46 § 4. A final resolution ends the
     * supervision of a case and is none of the kinds letters cite.
     */
    static String kind(String type, String title) {
        if (type == null || type.isBlank()) {
            throw new BadRecordException("execdocumenttype is missing");
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.contains("final")) {
            throw new BadRecordException("execdocumenttype '" + type + "' is a final resolution, which closes the "
                    + "supervision: not a decision, interim resolution or infringement referral");
        }
        boolean interim = lower.contains("interim") || lower.equals("cmint") || lower.equals("int");
        boolean decision = lower.contains("decision") || lower.contains("dec");
        if (!interim && !decision && !ARTICLE_46_4.matcher(type).find()) {
            throw new BadRecordException("execdocumenttype '" + type + "' is not a decision or an interim resolution");
        }
        if (ARTICLE_46_4.matcher(type).find() || title != null && ARTICLE_46_4.matcher(title).find()) {
            return "infringement-referral";
        }
        return interim ? "interim-resolution" : "decision";
    }

    private static String respondent(JsonNode columns, String field) {
        String given = required(columns, field);
        return Countries.alpha2(given).orElseThrow(() -> new BadRecordException(field + " '" + given
                + "' is not a country code HUDOC uses (three letters such as AZE or TUR)"));
    }

    private static String firstApplication(String appNo) {
        List<String> numbers = new ArrayList<>();
        for (String number : appNo.split("[;,]")) {
            if (!number.isBlank()) {
                numbers.add(number.strip());
            }
        }
        if (numbers.isEmpty()) {
            throw new BadRecordException("appno is empty");
        }
        return numbers.get(0);
    }

    private static String summary(String violations, String ecli) {
        String found = violations == null ? "No violation found." : violations + ".";
        String summary = ecli == null ? found : found + " " + ecli;
        return summary.length() > 4000 ? summary.substring(0, 4000) : summary;
    }

    private static String required(JsonNode columns, String field) {
        String value = text(columns, field);
        if (value == null) {
            throw new BadRecordException(field + " is missing");
        }
        return value;
    }

    private static String text(JsonNode columns, String field) {
        JsonNode node = columns.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.isValueNode() ? node.asString() : node.toString();
        return value.isBlank() ? null : value.strip();
    }
}
