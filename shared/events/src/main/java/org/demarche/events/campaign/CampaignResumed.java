package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A coordinator resumed a paused campaign: it is back in the status it had before the pause, and
 * its deadlines run again (one that fell due while paused runs at once).
 *
 * @param status the status restored: {@code open}, {@code signing} or {@code closed-for-signing}
 * @param reason why, for the audit trail
 */
public record CampaignResumed(UUID campaignId, String status, String reason) implements DemarcheEvent {

    public CampaignResumed {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(status, "status is required");
        requireNonNull(reason, "reason is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
