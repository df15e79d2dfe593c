package org.demarche.outreach.signon;

import java.time.Clock;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.platform.inbox.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns campaigns' outreach requests into queued emails, each request once. */
@Component
class OutreachRequestsListener {

    private static final Logger log = LoggerFactory.getLogger(OutreachRequestsListener.class);

    private final EventInbox inbox;
    private final SignOnLinks links;
    private final OutboundMessages messages;
    private final Clock clock;

    OutreachRequestsListener(EventInbox inbox, SignOnLinks links, OutboundMessages messages, Clock clock) {
        this.inbox = inbox;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.OUTREACH)
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof SignOnRequested request) {
                String link = links.linkFor(request.campaignId(), request.partnerId(), clock.instant());
                messages.enqueue(request.campaignId(), request.partnerId(), "sign-on-request", request.draftVersion(),
                        request.email(), SignOnRequestMail.compose(request, link), clock.instant());
            } else {
                log.info("Outreach request {} {} is not handled by this version yet", event.type(), event.id());
            }
        });
    }
}
