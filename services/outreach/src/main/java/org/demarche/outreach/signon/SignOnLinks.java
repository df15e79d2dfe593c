package org.demarche.outreach.signon;

import java.time.Instant;
import java.util.UUID;

import org.demarche.outreach.OutreachProperties;
import org.springframework.stereotype.Component;

/** A partner's personal link for one campaign: {@code <public-base-url>/sign/<token>}. */
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
}
