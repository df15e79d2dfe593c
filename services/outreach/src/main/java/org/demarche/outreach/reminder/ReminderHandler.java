package org.demarche.outreach.reminder;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.demarche.events.outreach.ReminderRequested;
import org.demarche.outreach.OutreachProperties;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OptOuts;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.delivery.OutgoingMail;
import org.demarche.outreach.delivery.QuietHours;
import org.demarche.outreach.partnermail.DeadlineCalendar;
import org.demarche.outreach.partnermail.ReplyAddress;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A reminder request becomes one reminder email per reminder number, only to a partner who has
 * not answered, at most {@code demarche.outreach.max-reminders} per partner and campaign, waiting
 * out the partner's quiet hours, and threaded under the request it follows. A reminder asked for
 * while the partner's request still waits to go, or just after it went
 * ({@code demarche.outreach.reminder-min-gap}), is folded into that request: a partner added late
 * gets one consolidated email, not a request and an overdue reminder at once. Runs inside the
 * transaction that records the request as processed.
 */
@Component
public class ReminderHandler {

    private static final Logger log = LoggerFactory.getLogger(ReminderHandler.class);

    private final SignOnInvitations invitations;
    private final SignOnLinks links;
    private final OutboundMessages messages;
    private final OptOuts optOuts;
    private final ReminderMail mail;
    private final Clock clock;
    private final QuietHours quietHours;
    private final ReplyAddress replies;
    private final OutreachProperties properties;

    ReminderHandler(SignOnInvitations invitations, SignOnLinks links, OutboundMessages messages, OptOuts optOuts,
                    ReminderMail mail, Clock clock, ReplyAddress replies, OutreachProperties properties) {
        this.invitations = invitations;
        this.links = links;
        this.messages = messages;
        this.optOuts = optOuts;
        this.mail = mail;
        this.clock = clock;
        this.quietHours = QuietHours.parse(properties.quietHours());
        this.replies = replies;
        this.properties = properties;
    }

    public void handle(ReminderRequested reminder) {
        ZoneId zone = zoneOf(reminder);
        Instant now = clock.instant();
        Optional<SignOnInvitation> found = invitations.find(reminder.campaignId(), reminder.partnerId());
        if (found.isEmpty()) {
            skip(reminder, "was never asked to sign here; nothing to remind of");
            return;
        }
        SignOnInvitation invitation = found.get();
        if (invitation.status().answered()) {
            skip(reminder, "has already answered (" + invitation.status().wireName() + ")");
            return;
        }
        if (!now.isBefore(reminder.signOnDeadline())) {
            skip(reminder, "was reminded after the deadline " + reminder.signOnDeadline());
            return;
        }
        if (invitation.revoked()) {
            skip(reminder, "had its links revoked");
            return;
        }
        String country = reminder.country() != null ? reminder.country() : invitation.country();
        if (optOuts.covers(reminder.email(), country, reminder.campaignId())) {
            skip(reminder, "opted out");
            return;
        }
        var key = MessageKey.reminder(reminder.campaignId(), reminder.partnerId(), reminder.reminderNumber());
        if (messages.exists(key)) {
            return; // the same reminder asked for again: it is queued or sent already
        }
        if (messages.countNotCancelled(reminder.campaignId(), reminder.partnerId(), MessageKey.REMINDER)
                >= properties.maxReminders()) {
            skip(reminder, "has had the most reminders allowed (demarche.outreach.max-reminders="
                    + properties.maxReminders() + ")");
            return;
        }
        var request = messages.latest(reminder.campaignId(), reminder.partnerId(), MessageKey.SIGN_ON_REQUEST);
        if (request.isPresent() && (!request.get().sent()
                || request.get().sentAt().plus(properties.reminderMinGap()).isAfter(now))) {
            skip(reminder, "has a request that " + (request.get().sent() ? "just went" : "still waits to go")
                    + ": the reminder is folded into it");
            return;
        }
        // the campaign states the deadline anew with each reminder (it may have been extended)
        invitations.moveDeadline(reminder.campaignId(), reminder.partnerId(), reminder.signOnDeadline());
        String link = links.linkFor(reminder.campaignId(), reminder.partnerId(), reminder.signOnDeadline());
        String optOut = links.optOutLinkFor(reminder.campaignId(), reminder.partnerId(), now);
        Instant notBefore = quietHours.waitUntil(now, zone)
                .filter(end -> end.isBefore(reminder.signOnDeadline())) // rather at night than after signing closes
                .orElse(null);
        var outgoing = OutgoingMail.to(key, invitation.draftVersion(), reminder.email(),
                        mail.compose(reminder, link, optOut))
                // the campaign says the addresses anew; what the request said stands in for an older producer
                .replyTo(replies.forCampaign(reminder.campaignId(),
                        reminder.replyTo() != null ? reminder.replyTo() : invitation.replyTo(),
                        reminder.leadContactEmail() != null ? reminder.leadContactEmail() : invitation.leadContactEmail()))
                .notBefore(notBefore)
                .quietIn(zone.getId())
                .unsubscribeAt(optOut)
                .inReplyTo(request.map(OutboundMessages.QueuedMessage::messageId).orElse(null))
                .withCalendar(DeadlineCalendar.of(reminder.campaignId(), invitation.draftVersion(),
                        reminder.signOnDeadline(), mail.calendarSummary(reminder, "mail.calendar.deadline"),
                        invitation.meetingStartsAt(), mail.calendarSummary(reminder, "mail.calendar.meeting"), link, now));
        messages.enqueue(outgoing, now);
    }

    private static void skip(ReminderRequested reminder, String why) {
        log.info("Reminder {} for campaign {} not sent: partner {} {}", reminder.reminderNumber(), reminder.campaignId(),
                reminder.partnerId(), why);
    }

    /** A zone that does not exist will not start to: the request goes to the dead-letter topic at once. */
    private static ZoneId zoneOf(ReminderRequested reminder) {
        try {
            return ZoneId.of(reminder.timeZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("ReminderRequested names an unknown time zone: " + e.getMessage(), e);
        }
    }
}
