package org.demarche.outreach.signon;

/**
 * A genuine personal link that a coordinator withdrew. Answered with 410 and a page that says the
 * link was withdrawn, in the partner's language.
 */
public class RevokedLinkException extends RuntimeException {

    private final transient SignOnGrant grant;

    public RevokedLinkException(SignOnGrant grant) {
        super("the sign-on links of partner " + grant.partnerId() + " for campaign " + grant.campaignId()
                + " were revoked");
        this.grant = grant;
    }

    public SignOnGrant grant() {
        return grant;
    }
}
