package org.demarche.outreach.signon;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.delivery.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A sign-on request becomes the partner's invitation (what the page shows) and one email per
 * draft version with a personal link that expires at the sign-on deadline. Runs inside the
 * transaction that records the request as processed.
 */
@Component
public class SignOnRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(SignOnRequestHandler.class);

    private final SignOnInvitations invitations;
    private final SignOnLinks links;
    private final OutboundMessages messages;
    private final Clock clock;

    SignOnRequestHandler(SignOnInvitations invitations, SignOnLinks links, OutboundMessages messages, Clock clock) {
        this.invitations = invitations;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    public void handle(SignOnRequested request) {
        requireKnownZones(request);
        Instant now = clock.instant();
        if (!invitations.recordRequest(request, now)) {
            log.info("Sign-on request for draft {} of campaign {} to partner {} is older than the draft already known; "
                    + "not sent", request.draftVersion(), request.campaignId(), request.partnerId());
            return;
        }
        if (!now.isBefore(request.signOnDeadline())) {
            log.warn("Sign-on request for campaign {} to partner {} arrived after its deadline {}; not sent",
                    request.campaignId(), request.partnerId(), request.signOnDeadline());
            return;
        }
        String link = links.linkFor(request.campaignId(), request.partnerId(), request.signOnDeadline());
        var mail = OutgoingMail.to(MessageKey.signOnRequest(request.campaignId(), request.partnerId(), request.draftVersion()),
                        request.draftVersion(), request.email(), SignOnRequestMail.compose(request, link))
                .replyTo(request.replyTo());
        messages.enqueue(mail, now);
    }

    /** A zone that does not exist will not start to: the request goes to the dead-letter topic at once. */
    private static void requireKnownZones(SignOnRequested request) {
        try {
            ZoneId.of(request.timeZone());
            ZoneId.of(request.meetingTimeZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("SignOnRequested names an unknown time zone: " + e.getMessage(), e);
        }
    }
}
