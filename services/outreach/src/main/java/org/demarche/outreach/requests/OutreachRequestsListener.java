package org.demarche.outreach.requests;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.finalletter.FinalLetterHandler;
import org.demarche.outreach.reminder.ReminderHandler;
import org.demarche.outreach.signon.SignOnRequestHandler;
import org.demarche.outreach.signon.SignOnRevocations;
import org.demarche.platform.inbox.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one consumer of campaigns' outreach requests. One listener for the topic (not one per
 * feature) because listeners of one group share its partitions: each request would reach only
 * one of them. Each request is applied once, in the transaction that records its id.
 *
 * <p>Requests come in batches (a poll's worth), applied in one transaction: a campaign's sign-on
 * requests arrive by the hundred, and one commit per batch instead of one per request is what lets
 * the queue fill as fast as the SMTP server takes mail. If any request of the batch fails, the
 * batch is rolled back and applied again one request per transaction, so that the ones before it
 * are kept and the failing one is handed to the platform's error handling by its position
 * (retried with back-off, or dead-lettered at once when it can never succeed), as a record
 * listener's would be.
 */
@Component
class OutreachRequestsListener {

    private static final Logger log = LoggerFactory.getLogger(OutreachRequestsListener.class);

    private final EventInbox inbox;
    private final TransactionTemplate transactions;
    private final SignOnRequestHandler signOnRequests;
    private final ReminderHandler reminders;
    private final FinalLetterHandler finalLetters;
    private final SignOnRevocations revocations;

    OutreachRequestsListener(EventInbox inbox, TransactionTemplate transactions, SignOnRequestHandler signOnRequests,
                             ReminderHandler reminders, FinalLetterHandler finalLetters, SignOnRevocations revocations) {
        this.inbox = inbox;
        this.transactions = transactions;
        this.signOnRequests = signOnRequests;
        this.reminders = reminders;
        this.finalLetters = finalLetters;
        this.revocations = revocations;
    }

    @KafkaListener(topics = Topics.OUTREACH, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        try {
            // the whole poll in one transaction, its event ids recorded in one round trip, and each run
            // of sign-on requests (a campaign opening) handled together
            transactions.executeWithoutResult(status -> {
                List<SignOnRequested> run = new ArrayList<>();
                inbox.applyOnce(records.stream().map(OutreachRequestsListener::readable).toList(), event -> {
                    if (event.payload() instanceof SignOnRequested request) {
                        run.add(request); // handling one publishes no event, so its correlation may wait
                    } else {
                        handleRun(run);
                        handle(event);
                    }
                });
                handleRun(run);
            });
        } catch (RuntimeException batchFailed) {
            log.debug("A batch of {} outreach requests failed ({}); applying them one by one", records.size(),
                    batchFailed.getMessage());
            for (int i = 0; i < records.size(); i++) {
                try {
                    EventEnvelope<?> event = readable(records.get(i));
                    inbox.applyOnce(event, () -> handle(event));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException(failed.getMessage(), failed, i);
                }
            }
        }
    }

    private static EventEnvelope<?> readable(ConsumerRecord<String, EventEnvelope<?>> record) {
        if (record.value() == null) {
            // unreadable or invalid: the deserializer's exception travels in the record's headers
            throw new UnreadableRequestException(record.topic() + "-" + record.partition() + "@" + record.offset());
        }
        return record.value();
    }

    private void handleRun(List<SignOnRequested> run) {
        if (!run.isEmpty()) {
            signOnRequests.handleAll(List.copyOf(run));
            run.clear();
        }
    }

    private void handle(EventEnvelope<?> event) {
        if (event.payload() instanceof SignOnRequested request) {
            signOnRequests.handle(request);
        } else if (event.payload() instanceof ReminderRequested reminder) {
            reminders.handle(reminder);
        } else if (event.payload() instanceof FinalLetterDistribution distribution) {
            finalLetters.handle(distribution);
        } else if (event.payload() instanceof PartnerLinkRevoked revoked) {
            // the same revocation as POST /api/sign-on/revocations, asked for by a coordinator in campaigns
            revocations.revoke(revoked.campaignId(), revoked.partnerId(), revoked.reason());
        } else {
            log.info("Outreach request {} {} is not handled by this version", event.type(), event.id());
        }
    }

    /** A record the deserializer could not turn into an event; it can never succeed. */
    static final class UnreadableRequestException extends IllegalArgumentException {

        UnreadableRequestException(String position) {
            super("outreach request " + position + " could not be read as an event");
        }
    }
}
