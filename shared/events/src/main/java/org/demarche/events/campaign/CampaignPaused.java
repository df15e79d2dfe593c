package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/** A coordinator paused the campaign: no emails go out and no deadline fires until it resumes. */
public record CampaignPaused(UUID campaignId, String reason) implements DemarcheEvent {

    public CampaignPaused {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(reason, "reason is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
