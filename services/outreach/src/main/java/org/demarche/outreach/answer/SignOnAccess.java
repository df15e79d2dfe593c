package org.demarche.outreach.answer;

import java.time.Clock;

import org.demarche.outreach.signon.ExpiredLinkException;
import org.demarche.outreach.signon.RevokedLinkException;
import org.demarche.outreach.signon.SignOnGrant;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnTokens;
import org.demarche.outreach.signon.UnknownLinkException;
import org.springframework.stereotype.Component;

/**
 * Opens the invitation a personal link stands for: a genuine token for a known invitation whose
 * deadline has not passed. The invitation's deadline decides, not the one the token carries: the
 * campaign may have moved it either way since the link was issued (signing extended by a
 * coordinator keeps every link already sent working until the new close).
 */
@Component
class SignOnAccess {

    private final SignOnTokens tokens;
    private final SignOnInvitations invitations;
    private final Clock clock;

    SignOnAccess(SignOnTokens tokens, SignOnInvitations invitations, Clock clock) {
        this.tokens = tokens;
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * @throws UnknownLinkException when the token is not genuine or its invitation unknown
     * @throws ExpiredLinkException when signing has closed
     * @throws RevokedLinkException when a coordinator withdrew the partner's links
     */
    SignOnInvitation open(String token) {
        SignOnGrant grant = tokens.verifyGenuine(token);
        return stillOpen(grant, invitations.find(grant.campaignId(), grant.partnerId()).orElse(null));
    }

    /** As {@link #open}, with the invitation locked until the transaction ends. */
    SignOnInvitation openForAnswer(String token) {
        SignOnGrant grant = tokens.verifyGenuine(token);
        return stillOpen(grant, invitations.findForAnswer(grant.campaignId(), grant.partnerId()).orElse(null));
    }

    private SignOnInvitation stillOpen(SignOnGrant grant, SignOnInvitation invitation) {
        if (invitation == null) {
            if (tokens.expired(grant)) {
                throw new ExpiredLinkException(grant);
            }
            throw new UnknownLinkException("no invitation for this link");
        }
        if (invitation.revoked()) {
            throw new RevokedLinkException(grant);
        }
        if (!invitation.openAt(clock.instant())) {
            throw new ExpiredLinkException(grant);
        }
        return invitation;
    }
}
