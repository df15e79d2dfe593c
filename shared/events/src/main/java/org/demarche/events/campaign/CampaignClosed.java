package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * The campaign ended.
 *
 * @param status {@code done} (its timeline completed) or {@code cancelled}
 * @param reason optional
 */
public record CampaignClosed(UUID campaignId, String status, String reason) implements DemarcheEvent {

    public CampaignClosed {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(status, "status is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
