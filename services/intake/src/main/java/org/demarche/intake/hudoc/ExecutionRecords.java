package org.demarche.intake.hudoc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.demarche.intake.legal.ResolutionRequest;

/**
 * Turns one HUDOC-EXEC result record into the request a coordinator would have sent to
 * {@code /api/resolutions}: the reference and case from the title ({@code exectitle}, or
 * {@code title} in older selections; English or French), every application of {@code execappno},
 * every state of {@code execstate}, the date from {@code execpublisheddate}.
 */
final class ExecutionRecords {

    static final String COMMITTEE = "Committee of Ministers";
    private static final Pattern CM_REFERENCE = Pattern.compile("CM/(?:ResDH|Del/Dec|Res|Inf/DH|Notes)\\([^)]*\\)[\\w/\\-]*");

    private ExecutionRecords() {
    }

    static String identifier(Columns columns) {
        return columns.required("execidentifier");
    }

    static String language(Columns columns) {
        return columns.text("execlanguage");
    }

    /**
     * @throws SkippedRecordException when the document is of a kind letters do not cite
     * @throws BadRecordException     when it cannot be read, naming the field
     */
    static RecordRequest<ResolutionRequest> resolution(Columns columns) {
        String titleField = columns.firstPresent("exectitle", "title");
        String title = titleField == null ? null : columns.text(titleField);
        String kind = CommitteeDocuments.kind(columns, title);
        String identifier = identifier(columns);
        Matcher reference = CM_REFERENCE.matcher(title == null ? "" : title);
        String givenReference = columns.text("execdocumentreference");
        List<String> states = Countries.states("execstate", columns.list("execstate"));
        List<String> applications = columns.list("execappno");
        String dateField = dateField(columns);
        LocalDate date = date(columns);
        String docname = columns.text("execdocnamefromechr");
        String caseName = CaseNames.fromTitle(title);
        ResolutionRequest request = new ResolutionRequest(COMMITTEE,
                reference.find() ? reference.group() : givenReference != null ? givenReference : identifier,
                date.toString(), states.get(0),
                caseName != null || docname == null ? caseName : CaseNames.fromDocname(docname),
                applications.isEmpty() ? null : applications.get(0), kind,
                title == null ? null : title.length() > 4000 ? title.substring(0, 4000) : title,
                "https://hudoc.exec.coe.int/eng?i=" + identifier,
                applications.isEmpty() ? List.of() : applications.subList(1, applications.size()),
                states.subList(1, states.size()));
        String titleName = titleField == null ? "exectitle" : titleField;
        return new RecordRequest<>(request, Map.of("body", titleName, "reference", titleName, "adoptedOn", dateField,
                "respondent", "execstate", "otherRespondents", "execstate", "caseName", titleName,
                "applicationNo", "execappno", "relatedApplicationNos", "execappno", "kind", "execdocumenttype",
                "summary", titleName));
    }

    /** @throws BadRecordException when the publication date is missing or unreadable, naming the field */
    static LocalDate date(Columns columns) {
        String field = dateField(columns);
        return HudocDates.read(field, columns.text(field));
    }

    private static String dateField(Columns columns) {
        String field = columns.firstPresent("execpublisheddate", "execpublisheddateAsText");
        if (field == null) {
            throw new BadRecordException("execpublisheddate", "is missing");
        }
        return field;
    }
}
