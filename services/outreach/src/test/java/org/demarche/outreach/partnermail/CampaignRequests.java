package org.demarche.outreach.partnermail;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.testsupport.KafkaTestClient;

/**
 * What the partner-mail ITs do as campaigns would: send a request or reminder on the outreach topic,
 * stamped with the test's clock, and wait for the EmailSent it causes.
 */
final class CampaignRequests {

    private final KafkaTestClient events;
    private final Clock clock;
    private final Duration wait;

    CampaignRequests(KafkaTestClient events, Clock clock, Duration wait) {
        this.events = events;
        this.clock = clock;
        this.wait = wait;
    }

    <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/demarche/campaigns", clock.instant(), null);
    }

    void send(DemarcheEvent event) {
        events.send(envelope(event));
    }

    /** Sends a SignOnRequested or ReminderRequested and waits for the partner's email of this kind to be sent. */
    EmailSent sendAndAwaitSent(DemarcheEvent event, String kind) {
        send(event);
        UUID campaignId = event instanceof SignOnRequested request ? request.campaignId()
                : ((ReminderRequested) event).campaignId();
        String partnerId = event instanceof SignOnRequested request ? request.partnerId()
                : ((ReminderRequested) event).partnerId();
        return awaitSent(campaignId, partnerId, kind);
    }

    EmailSent awaitSent(UUID campaignId, String partnerId, String kind) {
        return events.awaitEvent(Topics.RESPONSES, EmailSent.class, e -> e.campaignId().equals(campaignId)
                && e.partnerId().equals(partnerId) && e.kind().equals(kind), wait).payload();
    }
}
