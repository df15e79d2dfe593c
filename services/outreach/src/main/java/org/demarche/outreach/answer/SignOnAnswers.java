package org.demarche.outreach.answer;

import java.time.Clock;
import java.time.Instant;

import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OptOuts;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.delivery.OutgoingMail;
import org.demarche.outreach.partnermail.ReplyAddress;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnLinks;
import org.demarche.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a partner's answer and announces it in the same transaction: PartnerSigned (named or
 * anonymous) or PartnerDeclined. A partner may change the answer until the deadline; each change
 * is announced and confirmed by email with the link to change it again. Reminders still waiting
 * to go out to the partner are withdrawn. The same answer sent again (a second tap, a phone
 * repeating the form after a lost connection) changes nothing: no second event, no second email.
 */
@Service
class SignOnAnswers {

    private final SignOnAccess access;
    private final SignOnInvitations invitations;
    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final SignOnLinks links;
    private final ConfirmationMail confirmation;
    private final ReplyAddress replies;
    private final Outbox outbox;
    private final Clock clock;
    private final SignOnAnswerMeters meters;

    SignOnAnswers(SignOnAccess access, SignOnInvitations invitations, OutboundMessages messages, OptOuts optOuts,
                  SignOnLinks links, ConfirmationMail confirmation, ReplyAddress replies, Outbox outbox, Clock clock,
                  SignOnAnswerMeters meters) {
        this.access = access;
        this.invitations = invitations;
        this.messages = messages;
        this.optOuts = optOuts;
        this.links = links;
        this.confirmation = confirmation;
        this.replies = replies;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @return the invitation with the answer recorded
     * @throws org.demarche.outreach.signon.UnknownLinkException when the token is not genuine
     * @throws org.demarche.outreach.signon.ExpiredLinkException when signing has closed
     * @throws org.demarche.outreach.signon.RevokedLinkException when the partner's links were withdrawn
     */
    @Transactional
    SignOnInvitation record(String token, SignOnAnswer answer) {
        SignOnInvitation invitation = access.openForAnswer(token);
        Instant now = clock.instant();
        boolean recorded = false;
        if (answer instanceof SignOnAnswer.Sign sign) {
            recorded = invitations.recordSigned(invitation.campaignId(), invitation.partnerId(), sign.signatory(),
                    sign.signatureImage(), sign.anonymous(), invitation.draftVersion(), now);
            if (recorded) {
                outbox.publish(new PartnerSigned(invitation.campaignId(), invitation.partnerId(), sign.signatory(),
                        invitation.draftVersion(), now,
                        sign.signatureImage() == null ? null : SignatureImage.toBase64(sign.signatureImage()),
                        sign.anonymous() ? Boolean.TRUE : null));
                meters.recorded(SignOnAnswerMeters.SIGNED);
            }
        } else if (answer instanceof SignOnAnswer.Decline decline) {
            recorded = invitations.recordDeclined(invitation.campaignId(), invitation.partnerId(), decline.reason(),
                    invitation.draftVersion(), now);
            if (recorded) {
                outbox.publish(new PartnerDeclined(invitation.campaignId(), invitation.partnerId(), now,
                        decline.reason()));
                meters.recorded(SignOnAnswerMeters.DECLINED);
            }
        }
        if (!recorded) {
            return invitation; // the partner's answer already, sent again: already announced and confirmed
        }
        messages.cancelPending(invitation.campaignId(), invitation.partnerId(), MessageKey.REMINDER);
        SignOnInvitation answered = invitations.find(invitation.campaignId(), invitation.partnerId()).orElseThrow();
        confirm(answered, now);
        return answered;
    }

    /** One confirmation per answer: the occasion is the answer's number. */
    private void confirm(SignOnInvitation answered, Instant now) {
        if (optOuts.covers(answered.email(), answered.country(), answered.campaignId())) {
            return;
        }
        String link = links.linkFor(answered.campaignId(), answered.partnerId(), answered.signOnDeadline());
        String optOut = links.optOutLinkFor(answered.campaignId(), answered.partnerId(), now);
        var key = MessageKey.confirmation(answered.campaignId(), answered.partnerId(), answered.answerCount());
        messages.enqueue(OutgoingMail.to(key, answered.draftVersion(), answered.email(),
                        confirmation.compose(answered, link, optOut))
                .replyTo(replies.forCampaign(answered.campaignId(), answered.replyTo(), answered.leadContactEmail()))
                .unsubscribeAt(optOut), now);
    }
}
