package org.demarche.outreach.reminder;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.demarche.events.outreach.ReminderRequested;
import org.demarche.outreach.OutreachProperties;
import org.demarche.outreach.delivery.MessageKey;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.delivery.OutgoingMail;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A reminder request becomes one reminder email per reminder number, only to a partner who has
 * not answered, waiting out the partner's quiet hours. Runs inside the transaction that records
 * the request as processed.
 */
@Component
public class ReminderHandler {

    private static final Logger log = LoggerFactory.getLogger(ReminderHandler.class);

    private final SignOnInvitations invitations;
    private final SignOnLinks links;
    private final OutboundMessages messages;
    private final Clock clock;
    private final QuietHours quietHours;

    ReminderHandler(SignOnInvitations invitations, SignOnLinks links, OutboundMessages messages, Clock clock,
                    OutreachProperties properties) {
        this.invitations = invitations;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
        this.quietHours = QuietHours.parse(properties.quietHours());
    }

    public void handle(ReminderRequested reminder) {
        ZoneId zone = zoneOf(reminder);
        Instant now = clock.instant();
        Optional<SignOnInvitation> invitation = invitations.find(reminder.campaignId(), reminder.partnerId());
        if (invitation.isEmpty()) {
            log.warn("Reminder {} for campaign {}: partner {} was never asked to sign here; nothing to remind of",
                    reminder.reminderNumber(), reminder.campaignId(), reminder.partnerId());
            return;
        }
        if (invitation.get().status().answered()) {
            log.info("Reminder {} for campaign {}: partner {} has already answered ({}); not sent",
                    reminder.reminderNumber(), reminder.campaignId(), reminder.partnerId(),
                    invitation.get().status().wireName());
            return;
        }
        if (!now.isBefore(reminder.signOnDeadline())) {
            log.info("Reminder {} for campaign {} to partner {} came after the deadline {}; not sent",
                    reminder.reminderNumber(), reminder.campaignId(), reminder.partnerId(), reminder.signOnDeadline());
            return;
        }
        // the campaign states the deadline anew with each reminder (it may have been extended)
        invitations.moveDeadline(reminder.campaignId(), reminder.partnerId(), reminder.signOnDeadline());
        String link = links.linkFor(reminder.campaignId(), reminder.partnerId(), reminder.signOnDeadline());
        Instant notBefore = quietHours.waitUntil(now, zone)
                .filter(end -> end.isBefore(reminder.signOnDeadline())) // rather at night than after signing closes
                .orElse(null);
        var mail = OutgoingMail.to(MessageKey.reminder(reminder.campaignId(), reminder.partnerId(), reminder.reminderNumber()),
                        invitation.get().draftVersion(), reminder.email(), ReminderMail.compose(reminder, link))
                .notBefore(notBefore);
        messages.enqueue(mail, now);
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
