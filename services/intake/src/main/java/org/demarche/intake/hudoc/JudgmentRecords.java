package org.demarche.intake.hudoc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.demarche.events.legal.RulingPublished;
import org.demarche.intake.legal.RulingRequest;

/**
 * Turns one HUDOC result record into the request a coordinator would have sent to
 * {@code /api/rulings}, so that it is checked exactly like one. Reads whatever the query selected:
 * the date from {@code kpdate}, else {@code judgementdate} (HUDOC's spelling), else
 * {@code kpdateAsText}; every application of {@code appno} and every state of {@code respondent}.
 */
final class JudgmentRecords {

    static final String COURT = "ECtHR";
    /** Where a judgment's date may be, in the order they are read. */
    static final List<String> DATE_FIELDS = List.of("kpdate", "judgementdate", "judgmentdate", "kpdateAsText");

    private JudgmentRecords() {
    }

    static String identifier(Columns columns) {
        return columns.required("itemid");
    }

    static String language(Columns columns) {
        return columns.text("languageisocode");
    }

    /**
     * @throws SkippedRecordException when the record is no judgment
     * @throws BadRecordException     when it is one that cannot be read, naming the field
     */
    static RecordRequest<RulingRequest> ruling(Columns columns) {
        CourtDocuments.requireJudgment(columns);
        String itemId = identifier(columns);
        String docname = columns.required("docname");
        List<String> applications = columns.list("appno");
        if (applications.isEmpty()) {
            throw new BadRecordException("appno", "is missing");
        }
        List<String> states = Countries.states("respondent", columns.list("respondent"));
        String dateField = dateField(columns);
        LocalDate date = date(columns);
        String conclusion = columns.text("conclusion");
        boolean infringement = columns.list("article").contains("46-4") || InfringementProceedings.named(docname);
        RulingRequest request = new RulingRequest(COURT, CaseNames.fromDocname(docname), applications.get(0),
                states.get(0), date.toString(), ConclusionReader.articlesViolated(conclusion),
                summary(conclusion, infringement, columns.text("ecli")), "https://hudoc.echr.coe.int/eng?i=" + itemId,
                applications.subList(1, applications.size()), states.subList(1, states.size()),
                infringement ? RulingPublished.INFRINGEMENT_JUDGMENT : RulingPublished.JUDGMENT);
        return new RecordRequest<>(request, Map.of("court", "docname", "caseName", "docname",
                "applicationNo", "appno", "relatedApplicationNos", "appno", "respondent", "respondent",
                "otherRespondents", "respondent", "judgmentDate", dateField, "articlesViolated", "conclusion",
                "summary", "conclusion", "url", "itemid"));
    }

    /** @throws BadRecordException when the judgment's date is missing or unreadable, naming the field */
    static LocalDate date(Columns columns) {
        String field = dateField(columns);
        return HudocDates.read(field, columns.text(field));
    }

    private static String dateField(Columns columns) {
        String field = columns.firstPresent(DATE_FIELDS.toArray(String[]::new));
        if (field == null) {
            throw new BadRecordException("judgementdate", "is missing, and so are kpdate and kpdateAsText: "
                    + "a judgment needs its date");
        }
        return field;
    }

    private static String summary(String conclusion, boolean infringement, String ecli) {
        String violations = ConclusionReader.violationsSummary(conclusion);
        String found = violations != null ? violations + "."
                : infringement ? "Judgment under Article 46 § 4 (infringement proceedings)."
                : "No violation found.";
        String summary = ecli == null ? found : found + " " + ecli;
        return summary.length() > 4000 ? summary.substring(0, 4000) : summary;
    }
}
