package org.demarche.outreach.signon;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OptOuts;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.delivery.OutgoingMail;
import org.demarche.outreach.partnermail.ReplyAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A sign-on request becomes the partner's invitation (what the page shows) and one email per
 * draft version with a personal link that expires at the sign-on deadline. A newer request
 * supersedes what still waits to go to the partner (an older draft's request, a reminder), so a
 * partner added late, or a burst of drafts, ends up as one consolidated email. Nothing goes to a
 * partner whose links were revoked or who opted out. Runs inside the transaction that records the
 * request as processed.
 */
@Component
public class SignOnRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(SignOnRequestHandler.class);

    private final SignOnInvitations invitations;
    private final SignOnLinks links;
    private final OutboundMessages messages;
    private final SignOnRevocations revocations;
    private final OptOuts optOuts;
    private final SignOnRequestMail mail;
    private final ReplyAddress replies;
    private final Clock clock;

    SignOnRequestHandler(SignOnInvitations invitations, SignOnLinks links, OutboundMessages messages,
                         SignOnRevocations revocations, OptOuts optOuts, SignOnRequestMail mail, ReplyAddress replies,
                         Clock clock) {
        this.invitations = invitations;
        this.links = links;
        this.messages = messages;
        this.revocations = revocations;
        this.optOuts = optOuts;
        this.mail = mail;
        this.replies = replies;
        this.clock = clock;
    }

    public void handle(SignOnRequested request) {
        requireKnownZones(request);
        Instant now = clock.instant();
        if (invitations.recordRequest(request, now)) {
            sendUnlessBarred(request, now, revocations.isRevoked(request.campaignId(), request.partnerId()),
                    optOuts.covers(request.email(), request.country(), request.campaignId()));
        } else {
            logOlderDraft(request);
        }
    }

    /**
     * A run of one poll's requests, each as {@link #handle} would, with the database asked once per
     * step for the whole run instead of once per request: a campaign opens with a request to each
     * of its partners, all at once. Runs that name a partner twice, or later drafts (which
     * withdraw what waits to go), are handled one by one.
     */
    public void handleAll(List<SignOnRequested> requests) {
        if (requests.size() < 2 || !firstDraftsToDifferentPartners(requests)) {
            requests.forEach(this::handle);
            return;
        }
        requests.forEach(SignOnRequestHandler::requireKnownZones);
        Instant now = clock.instant();
        boolean[] current = invitations.recordRequests(requests, now);
        boolean[] revoked = revocations.areRevoked(requests);
        boolean[] optedOut = optOuts.coverEach(requests.stream()
                .map(request -> new OptOuts.Recipient(request.email(), request.country(), request.campaignId())).toList());
        for (int i = 0; i < requests.size(); i++) {
            if (current[i]) {
                sendUnlessBarred(requests.get(i), now, revoked[i], optedOut[i]);
            } else {
                logOlderDraft(requests.get(i));
            }
        }
    }

    private static boolean firstDraftsToDifferentPartners(List<SignOnRequested> requests) {
        Set<String> partners = new HashSet<>();
        return requests.stream().allMatch(request -> request.draftVersion() == 1
                && partners.add(request.campaignId() + "/" + request.partnerId()));
    }

    private static void logOlderDraft(SignOnRequested request) {
        log.info("Sign-on request for draft {} of campaign {} to partner {} is older than the draft already known; "
                + "not sent", request.draftVersion(), request.campaignId(), request.partnerId());
    }

    private void sendUnlessBarred(SignOnRequested request, Instant now, boolean revoked, boolean optedOut) {
        if (!now.isBefore(request.signOnDeadline())) {
            log.warn("Sign-on request for campaign {} to partner {} arrived after its deadline {}; not sent",
                    request.campaignId(), request.partnerId(), request.signOnDeadline());
            return;
        }
        if (revoked) {
            log.info("Sign-on request for campaign {} to partner {}: the partner's links were revoked; not sent",
                    request.campaignId(), request.partnerId());
            return;
        }
        if (optedOut) {
            log.info("Sign-on request for campaign {} to partner {}: the address opted out; not sent",
                    request.campaignId(), request.partnerId());
            return;
        }
        var key = MessageKey.signOnRequest(request.campaignId(), request.partnerId(), request.draftVersion());
        if (request.draftVersion() > 1) { // the first draft has nothing older to supersede: spare the query
            messages.cancelPendingExcept(key);
            messages.cancelPending(request.campaignId(), request.partnerId(), MessageKey.REMINDER);
        }
        String link = links.linkFor(request.campaignId(), request.partnerId(), request.signOnDeadline());
        String optOut = links.optOutLinkFor(request.campaignId(), request.partnerId(), now);
        var outgoing = OutgoingMail.to(key, request.draftVersion(), request.email(), mail.compose(request, link, optOut))
                .replyTo(replies.forCampaign(request.campaignId(), request.replyTo(), request.leadContactEmail()))
                .unsubscribeAt(optOut)
                .withCalendar(mail.calendar(request, link, now));
        messages.enqueue(outgoing, now);
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
