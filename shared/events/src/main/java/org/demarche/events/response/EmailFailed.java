package org.demarche.events.response;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * An email for a partner could not be sent.
 *
 * @param permanent true when retrying cannot help (address rejected); false when retries ran out
 */
public record EmailFailed(UUID campaignId, String partnerId, String kind, String reason, boolean permanent,
        Instant failedAt) implements DemarcheEvent {

    public EmailFailed {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(kind, "kind is required");
        requireNonNull(reason, "reason is required");
        requireNonNull(failedAt, "failedAt is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
