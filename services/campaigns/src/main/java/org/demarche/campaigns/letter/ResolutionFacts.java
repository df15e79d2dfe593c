package org.demarche.campaigns.letter;

import java.time.LocalDate;

/**
 * A decision of a supervising body (e.g. the Committee of Ministers) on the execution of a
 * judgment.
 *
 * @param reference e.g. "CM/ResDH(2017)379"
 * @param kind      {@value #DECISION}, {@value #INTERIM_RESOLUTION} or {@value #INFRINGEMENT_REFERRAL}
 */
public record ResolutionFacts(
        String body,
        String reference,
        LocalDate adoptedOn,
        String kind,
        String caseName,
        String applicationNo,
        String summary,
        String url) {

    public static final String DECISION = "decision";
    public static final String INTERIM_RESOLUTION = "interim-resolution";
    /** A referral to the Court under Article 46(4) of the Convention (infringement proceedings). */
    public static final String INFRINGEMENT_REFERRAL = "infringement-referral";

    boolean isInfringementReferral() {
        return INFRINGEMENT_REFERRAL.equals(kind);
    }

    boolean isDecisionOrInterimResolution() {
        return DECISION.equals(kind) || INTERIM_RESOLUTION.equals(kind);
    }
}
