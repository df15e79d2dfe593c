package org.demarche.outreach.signon;

import java.time.Instant;
import java.util.UUID;

import org.demarche.outreach.OutreachProperties;
import org.springframework.stereotype.Component;

/**
 * A partner's personal links for one campaign: {@code <public-base-url>/sign/<token>} to answer,
 * {@code <public-base-url>/opt-out/<token>} to receive no more emails about its country.
 */
@Component
public class SignOnLinks {

    private final SignOnTokens tokens;
    private final OutreachProperties properties;

    SignOnLinks(SignOnTokens tokens, OutreachProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    /** A new link, valid until {@code deadline}; links issued earlier stay valid until theirs. */
    public String linkFor(UUID campaignId, String partnerId, Instant deadline) {
        return properties.publicBaseUrl() + "/sign/" + tokens.issue(campaignId, partnerId, deadline);
    }

    /**
     * The opt-out link of {@code subject} (a partner id, or the address of a final letter's
     * recipient). It must keep working long after signing closed: an opt-out is for good.
     */
    public String optOutLinkFor(UUID campaignId, String subject, Instant now) {
        return properties.publicBaseUrl() + "/opt-out/" + tokens.issueOptOut(campaignId, subject, now.plus(OPT_OUT_VALIDITY));
    }

    static final java.time.Duration OPT_OUT_VALIDITY = java.time.Duration.ofDays(3660);
}
