package org.demarche.campaigns.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * A court judgment about the country of concern: a judgment on the merits is cited in the
 * lead-case paragraph, a judgment under Article 46 § 4 in the infringement paragraph.
 *
 * @param court            e.g. "ECtHR"
 * @param applicationNo    e.g. "15172/13"
 * @param articlesViolated article numbers, e.g. ["5", "18"]
 * @param kind             {@value #JUDGMENT} (also when null) or {@value #INFRINGEMENT_JUDGMENT}
 */
public record RulingFacts(
        String court,
        String caseName,
        String applicationNo,
        LocalDate judgmentDate,
        List<String> articlesViolated,
        String summary,
        String url,
        String kind) {

    public static final String JUDGMENT = "judgment";
    /** The Court's answer to a referral under Article 46 § 4: whether the state abided by its judgment. */
    public static final String INFRINGEMENT_JUDGMENT = "infringement-judgment";

    public RulingFacts {
        articlesViolated = articlesViolated == null ? List.of() : List.copyOf(articlesViolated);
    }

    /** A judgment on the merits. */
    public RulingFacts(String court, String caseName, String applicationNo, LocalDate judgmentDate,
                       List<String> articlesViolated, String summary, String url) {
        this(court, caseName, applicationNo, judgmentDate, articlesViolated, summary, url, JUDGMENT);
    }

    boolean isInfringementJudgment() {
        return INFRINGEMENT_JUDGMENT.equals(kind);
    }
}
