package org.demarche.dashboard.campaign;

import java.util.UUID;

import org.demarche.dashboard.campaign.CampaignReadModel.Counter;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;
import org.springframework.stereotype.Component;

/**
 * How each campaign-keyed event changes the read model. Every event joins the campaign's history;
 * those that change a number or a status change it too.
 */
@Component
class CampaignProjection {

    private final CampaignReadModel model;

    CampaignProjection(CampaignReadModel model) {
        this.model = model;
    }

    void apply(EventEnvelope<?> event) {
        UUID campaign = UUID.fromString(event.key());
        DemarcheEvent payload = event.payload();
        if (payload instanceof CampaignOpened opened) {
            model.opened(opened);
        } else if (payload instanceof DeadlineScheduled scheduled) {
            model.deadline(campaign, scheduled.kind(), scheduled.dueAt(), false);
        } else if (payload instanceof DeadlineReached reached) {
            model.deadline(campaign, reached.kind(), reached.dueAt(), true);
        } else if (payload instanceof SignOnRequested) {
            model.increment(campaign, Counter.INVITED);
        } else if (payload instanceof PartnerSigned) {
            model.increment(campaign, Counter.SIGNED);
        } else if (payload instanceof PartnerDeclined) {
            model.increment(campaign, Counter.DECLINED);
        } else if (payload instanceof EmailSent) {
            model.increment(campaign, Counter.EMAILS_SENT);
        } else if (payload instanceof EmailFailed) {
            model.increment(campaign, Counter.EMAILS_FAILED);
        } else if (payload instanceof LetterPublished) {
            model.status(campaign, "published");
        } else if (payload instanceof CampaignPaused) {
            model.status(campaign, "paused");
        } else if (payload instanceof CampaignClosed closed) {
            model.status(campaign, closed.status());
        }
        model.history(event.id(), campaign, event.type(), event.time(), EventSummary.of(payload));
    }
}
