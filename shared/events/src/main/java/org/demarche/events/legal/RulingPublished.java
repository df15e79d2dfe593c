package org.demarche.events.legal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.demarche.events.DemarcheEvent;

/**
 * A court (typically the European Court of Human Rights) delivered a judgment
 * that a letter can cite.
 *
 * @param applicationNo         the case id, e.g. "15172/13"; the Kafka key
 * @param respondent            the respondent state as an ISO 3166-1 alpha-2 code
 * @param articlesViolated      articles of the Convention found violated, e.g. ["5", "18"]; may be empty
 * @param summary               optional
 * @param url                   optional link to the judgment
 * @param relatedApplicationNos the other applications the judgment joined (HUDOC's {@code appno} after the
 *                              first); optional, empty when none (added after version 1 was first published)
 * @param otherRespondents      further respondent states (HUDOC's {@code MDA;RUS}), alpha-2; optional, empty when
 *                              none
 * @param kind                  {@code judgment} (the default when absent) or {@code infringement-judgment}: the
 *                              Court's answer to a referral under Article 46 § 4, whether the state failed to
 *                              abide by an earlier judgment
 */
public record RulingPublished(UUID rulingId, String court, String caseName, String applicationNo, String respondent,
        LocalDate judgmentDate, List<String> articlesViolated, String summary, String url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> relatedApplicationNos,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> otherRespondents, String kind) implements DemarcheEvent {

    public static final String JUDGMENT = "judgment";
    public static final String INFRINGEMENT_JUDGMENT = "infringement-judgment";

    /** As first published: one application, one respondent, a judgment on the merits. */
    public RulingPublished(UUID rulingId, String court, String caseName, String applicationNo, String respondent,
            LocalDate judgmentDate, List<String> articlesViolated, String summary, String url) {
        this(rulingId, court, caseName, applicationNo, respondent, judgmentDate, articlesViolated, summary, url,
                List.of(), List.of(), null);
    }

    public RulingPublished {
        requireNonNull(rulingId, "rulingId is required");
        requireNonNull(court, "court is required");
        requireNonNull(caseName, "caseName is required");
        requireNonNull(applicationNo, "applicationNo is required");
        requireNonNull(respondent, "respondent is required");
        requireNonNull(judgmentDate, "judgmentDate is required");
        articlesViolated = List.copyOf(requireNonNull(articlesViolated, "articlesViolated is required"));
        relatedApplicationNos = relatedApplicationNos == null ? List.of() : List.copyOf(relatedApplicationNos);
        otherRespondents = otherRespondents == null ? List.of() : List.copyOf(otherRespondents);
        if (kind != null && !kind.equals(JUDGMENT) && !kind.equals(INFRINGEMENT_JUDGMENT)) {
            throw new IllegalArgumentException("kind must be " + JUDGMENT + " or " + INFRINGEMENT_JUDGMENT + ", was " + kind);
        }
    }

    @Override
    public String partitionKey() {
        return applicationNo;
    }
}
