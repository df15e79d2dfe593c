package org.demarche.outreach.signon;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

/**
 * What a verified personal link opens: one partner's invitation to one campaign, until it expires.
 *
 * @param campaignId the campaign, claim {@code cid}
 * @param partnerId  the partner, claim {@code sub}
 * @param expiresAt  the sign-on deadline the link was issued for, claim {@code exp}
 */
public record SignOnGrant(UUID campaignId, String partnerId, Instant expiresAt) {

    public SignOnGrant {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(expiresAt, "expiresAt is required");
    }

    /** Whether this grant is for that partner's invitation to that campaign, and no other. */
    boolean opens(UUID campaign, String partner) {
        return campaignId.equals(campaign) && partnerId.equals(partner);
    }
}
