package org.demarche.events.response;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A partner declined to co-sign.
 *
 * @param reason optional
 */
public record PartnerDeclined(UUID campaignId, String partnerId, Instant declinedAt, String reason)
        implements DemarcheEvent {

    public PartnerDeclined {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(declinedAt, "declinedAt is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
