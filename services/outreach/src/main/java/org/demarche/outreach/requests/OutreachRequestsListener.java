package org.demarche.outreach.requests;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.finalletter.FinalLetterHandler;
import org.demarche.outreach.reminder.ReminderHandler;
import org.demarche.outreach.signon.SignOnRequestHandler;
import org.demarche.platform.inbox.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The one consumer of campaigns' outreach requests. One listener for the topic (not one per
 * feature) because listeners of one group share its partitions: each request would reach only
 * one of them. Each request is applied once, in the transaction that records its id.
 */
@Component
class OutreachRequestsListener {

    private static final Logger log = LoggerFactory.getLogger(OutreachRequestsListener.class);

    private final EventInbox inbox;
    private final SignOnRequestHandler signOnRequests;
    private final ReminderHandler reminders;
    private final FinalLetterHandler finalLetters;

    OutreachRequestsListener(EventInbox inbox, SignOnRequestHandler signOnRequests, ReminderHandler reminders,
                             FinalLetterHandler finalLetters) {
        this.inbox = inbox;
        this.signOnRequests = signOnRequests;
        this.reminders = reminders;
        this.finalLetters = finalLetters;
    }

    @KafkaListener(topics = Topics.OUTREACH)
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof SignOnRequested request) {
                signOnRequests.handle(request);
            } else if (event.payload() instanceof ReminderRequested reminder) {
                reminders.handle(reminder);
            } else if (event.payload() instanceof FinalLetterDistribution distribution) {
                finalLetters.handle(distribution);
            } else {
                log.info("Outreach request {} {} is not handled by this version", event.type(), event.id());
            }
        });
    }
}
