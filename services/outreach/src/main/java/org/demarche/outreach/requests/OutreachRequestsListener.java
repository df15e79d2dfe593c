package org.demarche.outreach.requests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
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
import org.demarche.platform.tracing.TraceContexts;
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
    private static final String TRACEPARENT = "traceparent";

    private final EventInbox inbox;
    private final TransactionTemplate transactions;
    private final SignOnRequestHandler signOnRequests;
    private final ReminderHandler reminders;
    private final FinalLetterHandler finalLetters;
    private final SignOnRevocations revocations;
    private final TraceContexts traces;

    OutreachRequestsListener(EventInbox inbox, TransactionTemplate transactions, SignOnRequestHandler signOnRequests,
                             ReminderHandler reminders, FinalLetterHandler finalLetters, SignOnRevocations revocations,
                             TraceContexts traces) {
        this.inbox = inbox;
        this.transactions = transactions;
        this.signOnRequests = signOnRequests;
        this.reminders = reminders;
        this.finalLetters = finalLetters;
        this.revocations = revocations;
        this.traces = traces;
    }

    @KafkaListener(topics = Topics.OUTREACH, batch = "true")
    void on(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        Map<UUID, String> traceParents = traceParents(records);
        try {
            // the whole poll in one transaction, its event ids recorded in one round trip, and each run
            // of sign-on requests (a campaign opening, one trace) handled together
            transactions.executeWithoutResult(status -> {
                SignOnRun run = new SignOnRun();
                inbox.applyOnce(records.stream().map(OutreachRequestsListener::readable).toList(), event -> {
                    String traceParent = traceParents.get(event.id());
                    if (event.payload() instanceof SignOnRequested request) {
                        if (!run.continues(traceParent)) {
                            handle(run);
                        }
                        run.add(request, traceParent); // handling one publishes no event, so its correlation may wait
                    } else {
                        handle(run);
                        handle(event, traceParent);
                    }
                });
                handle(run);
            });
        } catch (RuntimeException batchFailed) {
            log.debug("A batch of {} outreach requests failed ({}); applying them one by one", records.size(),
                    batchFailed.getMessage());
            for (int i = 0; i < records.size(); i++) {
                try {
                    EventEnvelope<?> event = readable(records.get(i));
                    inbox.applyOnce(event, () -> handle(event, traceParents.get(event.id())));
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException(failed.getMessage(), failed, i);
                }
            }
        }
    }

    /**
     * Each request's W3C traceparent, as campaigns sent it: a batch listener gets no observation of
     * its own, so each request is handled in its own trace here, and what it queues keeps that trace.
     */
    private static Map<UUID, String> traceParents(List<ConsumerRecord<String, EventEnvelope<?>>> records) {
        Map<UUID, String> traceParents = new HashMap<>();
        for (var record : records) {
            Header header = record.headers().lastHeader(TRACEPARENT);
            if (record.value() != null && header != null) {
                traceParents.put(record.value().id(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return traceParents;
    }

    private static EventEnvelope<?> readable(ConsumerRecord<String, EventEnvelope<?>> record) {
        if (record.value() == null) {
            // unreadable or invalid: the deserializer's exception travels in the record's headers
            throw new UnreadableRequestException(record.topic() + "-" + record.partition() + "@" + record.offset());
        }
        return record.value();
    }

    private void handle(SignOnRun run) {
        if (!run.requests.isEmpty()) {
            List<SignOnRequested> requests = List.copyOf(run.requests);
            traces.continueFrom(run.traceParent, "outreach SignOnRequested", () -> signOnRequests.handleAll(requests));
            run.requests.clear();
        }
    }

    private void handle(EventEnvelope<?> event, String traceParent) {
        traces.continueFrom(traceParent, "outreach " + event.type(), () -> handle(event));
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

    /** Sign-on requests next to each other in a batch and in one trace: handled together. */
    private static final class SignOnRun {

        private final List<SignOnRequested> requests = new ArrayList<>();
        private String traceParent;

        boolean continues(String traceParent) {
            return requests.isEmpty() || Objects.equals(this.traceParent, traceParent);
        }

        void add(SignOnRequested request, String traceParent) {
            requests.add(request);
            this.traceParent = traceParent;
        }
    }

    /** A record the deserializer could not turn into an event; it can never succeed. */
    static final class UnreadableRequestException extends IllegalArgumentException {

        UnreadableRequestException(String position) {
            super("outreach request " + position + " could not be read as an event");
        }
    }
}
