package org.demarche.events.legal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A court (typically the European Court of Human Rights) delivered a judgment
 * that a letter can cite.
 *
 * @param applicationNo    the case id, e.g. "15172/13"; the Kafka key
 * @param respondent       the respondent state as an ISO 3166-1 alpha-2 code
 * @param articlesViolated articles of the Convention found violated, e.g. ["5", "18"]; may be empty
 * @param summary          optional
 * @param url              optional link to the judgment
 */
public record RulingPublished(UUID rulingId, String court, String caseName, String applicationNo, String respondent,
        LocalDate judgmentDate, List<String> articlesViolated, String summary, String url) implements DemarcheEvent {

    public RulingPublished {
        requireNonNull(rulingId, "rulingId is required");
        requireNonNull(court, "court is required");
        requireNonNull(caseName, "caseName is required");
        requireNonNull(applicationNo, "applicationNo is required");
        requireNonNull(respondent, "respondent is required");
        requireNonNull(judgmentDate, "judgmentDate is required");
        articlesViolated = List.copyOf(requireNonNull(articlesViolated, "articlesViolated is required"));
    }

    @Override
    public String partitionKey() {
        return applicationNo;
    }
}
