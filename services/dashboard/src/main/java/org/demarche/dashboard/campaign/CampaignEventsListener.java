package org.demarche.dashboard.campaign;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds every campaign-keyed event, and the meetings' moves, into the read model, each once. */
@Component
class CampaignEventsListener {

    private final EventInbox inbox;
    private final CampaignProjection projection;

    CampaignEventsListener(EventInbox inbox, CampaignProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @KafkaListener(topics = {Topics.CAMPAIGNS, Topics.OUTREACH, Topics.RESPONSES, Topics.MEETINGS})
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> projection.apply(event));
    }
}
