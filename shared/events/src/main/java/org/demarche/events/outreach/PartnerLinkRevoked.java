package org.demarche.events.outreach;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * Withdraw one partner's personal links to a campaign: every link stops opening the sign-on page
 * and nothing more is sent to the partner about the campaign. An answer already given stands.
 *
 * @param partnerId registry id of the partner organisation
 * @param reason    why, as the coordinator gave it
 */
public record PartnerLinkRevoked(UUID campaignId, String partnerId, String reason) implements DemarcheEvent {

    public PartnerLinkRevoked {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(reason, "reason is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
