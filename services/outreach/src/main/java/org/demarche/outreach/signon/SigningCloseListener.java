package org.demarche.outreach.signon;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.platform.inbox.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns from the campaigns topic when signing closes: a sign-on close scheduled anew (a
 * coordinator extended signing, the meeting moved) moves the deadline of every invitation to the
 * campaign, so that the sign-on page and the links already sent honour it at once, not only after
 * the next email. Every other campaign event is none of outreach's business. Each event is applied
 * once.
 */
@Component
class SigningCloseListener {

    static final String SIGN_ON_CLOSES = "sign-on-closes";

    private static final Logger log = LoggerFactory.getLogger(SigningCloseListener.class);

    private final EventInbox inbox;
    private final SignOnInvitations invitations;

    SigningCloseListener(EventInbox inbox, SignOnInvitations invitations) {
        this.inbox = inbox;
        this.invitations = invitations;
    }

    @KafkaListener(topics = Topics.CAMPAIGNS)
    void on(EventEnvelope<?> event) {
        if (event.payload() instanceof DeadlineScheduled scheduled && SIGN_ON_CLOSES.equals(scheduled.kind())) {
            inbox.applyOnce(event, () -> {
                int moved = invitations.moveDeadlines(scheduled.campaignId(), scheduled.dueAt());
                log.info("Signing of campaign {} closes at {}: {} invitation(s) moved", scheduled.campaignId(),
                        scheduled.dueAt(), moved);
            });
        }
    }
}
