package org.demarche.events.legal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.demarche.events.DemarcheEvent;

/**
 * A supervisory body (typically the Committee of Ministers of the Council of
 * Europe) adopted a decision about the execution of a judgment.
 *
 * @param reference     the body's own reference, e.g. "CM/ResDH(2017)429"
 * @param respondent    the respondent state as an ISO 3166-1 alpha-2 code
 * @param caseName      optional
 * @param applicationNo the case id; optional, the Kafka key when present (else {@code reference})
 * @param kind          {@code decision}, {@code interim-resolution} or {@code infringement-referral}
 * @param relatedApplicationNos further applications the document concerns (HUDOC-EXEC's {@code execappno}
 *                      after the first); optional, empty when none (added after version 1 was first published)
 * @param otherRespondents further respondent states, alpha-2; optional, empty when none
 */
public record ResolutionAdopted(UUID resolutionId, String body, String reference, LocalDate adoptedOn,
        String respondent, String caseName, String applicationNo, String kind, String summary, String url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> relatedApplicationNos,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> otherRespondents) implements DemarcheEvent {

    /** As first published: one application at most, one respondent. */
    public ResolutionAdopted(UUID resolutionId, String body, String reference, LocalDate adoptedOn, String respondent,
            String caseName, String applicationNo, String kind, String summary, String url) {
        this(resolutionId, body, reference, adoptedOn, respondent, caseName, applicationNo, kind, summary, url,
                List.of(), List.of());
    }

    public ResolutionAdopted {
        requireNonNull(resolutionId, "resolutionId is required");
        requireNonNull(body, "body is required");
        requireNonNull(reference, "reference is required");
        requireNonNull(adoptedOn, "adoptedOn is required");
        requireNonNull(respondent, "respondent is required");
        requireNonNull(kind, "kind is required");
        relatedApplicationNos = relatedApplicationNos == null ? List.of() : List.copyOf(relatedApplicationNos);
        otherRespondents = otherRespondents == null ? List.of() : List.copyOf(otherRespondents);
    }

    /** The case id, so that a case's rulings and resolutions share a key; the reference for a resolution without one. */
    @Override
    public String partitionKey() {
        return applicationNo != null ? applicationNo : reference;
    }
}
