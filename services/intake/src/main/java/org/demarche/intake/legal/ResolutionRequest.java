package org.demarche.intake.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/resolutions}, as API.md gives it. Fields are read as sent and
 * checked here, so that every problem is reported with the field's name.
 *
 * @param relatedApplicationNos further applications the document concerns; optional
 * @param otherRespondents      further states it concerns, alpha-2; optional
 */
public record ResolutionRequest(String body, String reference, String adoptedOn, String respondent, String caseName,
                                String applicationNo, String kind, String summary, String url,
                                List<String> relatedApplicationNos, List<String> otherRespondents) {

    /** What a supervisory body can adopt, as the event contract names it. */
    static final List<String> KINDS = List.of("decision", "interim-resolution", "infringement-referral");

    /** At most one application, one respondent: the body API.md first gave. */
    public ResolutionRequest(String body, String reference, String adoptedOn, String respondent, String caseName,
                             String applicationNo, String kind, String summary, String url) {
        this(body, reference, adoptedOn, respondent, caseName, applicationNo, kind, summary, url, null, null);
    }

    /**
     * The resolution this request describes, or every problem with it at once.
     *
     * @param latestDate the latest adoption date accepted
     */
    NewResolution validate(LocalDate latestDate) {
        InputChecks checks = new InputChecks();
        String checkedBody = checks.required("body", body, 200);
        String checkedReference = checks.required("reference", reference, 200);
        LocalDate date = checks.date("adoptedOn", adoptedOn, latestDate);
        String checkedRespondent = checks.country("respondent", respondent);
        String checkedName = checks.optional("caseName", caseName, 500);
        String checkedNo = checks.optional("applicationNo", applicationNo, RulingRequest.MAX_APPLICATION_NO_LENGTH);
        String checkedKind = checks.oneOf("kind", kind, KINDS);
        String checkedSummary = checks.optional("summary", summary, 4000);
        String checkedUrl = checks.optionalWebAddress("url", url, 2000);
        List<String> related = checks.optionalList("relatedApplicationNos", relatedApplicationNos,
                RulingRequest.MAX_APPLICATION_NO_LENGTH);
        List<String> others = checks.countries("otherRespondents", otherRespondents);
        checks.throwIfAny();
        return new NewResolution(checkedBody, checkedReference, date, checkedRespondent, checkedName, checkedNo,
                checkedKind, checkedSummary, checkedUrl, related, others);
    }
}
