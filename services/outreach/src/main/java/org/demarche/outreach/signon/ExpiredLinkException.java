package org.demarche.outreach.signon;

/**
 * A genuine personal link used after its sign-on deadline. Answered with 410; the grant tells
 * whose link it was, so the answer can be in the partner's language.
 */
public class ExpiredLinkException extends RuntimeException {

    private final transient SignOnGrant grant;

    public ExpiredLinkException(SignOnGrant grant) {
        super("the sign-on link of partner " + grant.partnerId() + " for campaign " + grant.campaignId()
                + " expired at " + grant.expiresAt());
        this.grant = grant;
    }

    public SignOnGrant grant() {
        return grant;
    }
}
