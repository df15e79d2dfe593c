package org.demarche.intake.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.demarche.events.legal.RulingPublished;

/**
 * The body of {@code POST /api/rulings}, as API.md gives it. Fields are read as sent and checked
 * here, so that every problem is reported with the field's name.
 *
 * @param relatedApplicationNos further applications the judgment joined; optional
 * @param otherRespondents      further respondent states, alpha-2; optional
 * @param kind                  {@code judgment} (when absent) or {@code infringement-judgment}
 */
public record RulingRequest(String court, String caseName, String applicationNo, String respondent,
                            String judgmentDate, List<String> articlesViolated, String summary, String url,
                            List<String> relatedApplicationNos, List<String> otherRespondents, String kind) {

    static final int MAX_ARTICLE_LENGTH = 50;
    static final int MAX_APPLICATION_NO_LENGTH = 100;
    static final List<String> KINDS = List.of(RulingPublished.JUDGMENT, RulingPublished.INFRINGEMENT_JUDGMENT);

    /** One application, one respondent, a judgment on the merits: the body API.md first gave. */
    public RulingRequest(String court, String caseName, String applicationNo, String respondent, String judgmentDate,
                         List<String> articlesViolated, String summary, String url) {
        this(court, caseName, applicationNo, respondent, judgmentDate, articlesViolated, summary, url, null, null, null);
    }

    /**
     * The ruling this request describes, or every problem with it at once.
     *
     * @param latestDate the latest judgment date accepted (judgments are not entered ahead of time)
     */
    NewRuling validate(LocalDate latestDate) {
        InputChecks checks = new InputChecks();
        String checkedCourt = checks.required("court", court, 200);
        String checkedName = checks.required("caseName", caseName, 500);
        String checkedNo = checks.required("applicationNo", applicationNo, MAX_APPLICATION_NO_LENGTH);
        String checkedRespondent = checks.country("respondent", respondent);
        LocalDate date = checks.date("judgmentDate", judgmentDate, latestDate);
        List<String> articles = articles(checks);
        String checkedSummary = checks.optional("summary", summary, 4000);
        String checkedUrl = checks.optionalWebAddress("url", url, 2000);
        List<String> related = checks.optionalList("relatedApplicationNos", relatedApplicationNos,
                MAX_APPLICATION_NO_LENGTH);
        List<String> others = checks.countries("otherRespondents", otherRespondents);
        String checkedKind = kind == null || kind.isBlank() ? RulingPublished.JUDGMENT : checks.oneOf("kind", kind, KINDS);
        checks.throwIfAny();
        return new NewRuling(checkedCourt, checkedName, checkedNo, checkedRespondent, date, articles, checkedSummary,
                checkedUrl, related, others, checkedKind);
    }

    /** The articles found violated, each a non-empty string such as "5" or "P1-1"; none is a valid answer. */
    private List<String> articles(InputChecks checks) {
        if (articlesViolated == null) {
            checks.problem("articlesViolated", "is required, e.g. [\"5\", \"18\"]; [] when no article was found violated");
            return List.of();
        }
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < articlesViolated.size(); i++) {
            String article = checks.required("articlesViolated[" + i + "]", articlesViolated.get(i), MAX_ARTICLE_LENGTH);
            if (article != null) {
                articles.add(article);
            }
        }
        return List.copyOf(articles);
    }
}
