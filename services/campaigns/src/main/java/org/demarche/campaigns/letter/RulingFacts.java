package org.demarche.campaigns.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * A court judgment about the country of concern, cited in the lead-case paragraph.
 *
 * @param court            e.g. "ECtHR"
 * @param applicationNo    e.g. "15172/13"
 * @param articlesViolated article numbers, e.g. ["5", "18"]
 */
public record RulingFacts(
        String court,
        String caseName,
        String applicationNo,
        LocalDate judgmentDate,
        List<String> articlesViolated,
        String summary,
        String url) {

    public RulingFacts {
        articlesViolated = articlesViolated == null ? List.of() : List.copyOf(articlesViolated);
    }
}
