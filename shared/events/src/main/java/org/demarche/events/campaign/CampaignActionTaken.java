package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A coordinator acted on a campaign by hand: the audit log's entry, published in the transaction
 * of the action itself, beside the events the action caused.
 *
 * @param action  {@code extend-signing}, {@code extra-reminder}, {@code publish-now}, {@code pause},
 *                {@code resume} or {@code revoke-link}
 * @param actor   the name of the user who acted; {@code anonymous} when the call was not authenticated
 * @param reason  why, as the coordinator gave it
 * @param detail  what the action did, in one sentence a lead can read
 * @param takenAt when
 */
public record CampaignActionTaken(UUID campaignId, String action, String actor, String reason, String detail,
        Instant takenAt) implements DemarcheEvent {

    public CampaignActionTaken {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(action, "action is required");
        requireNonNull(actor, "actor is required");
        requireNonNull(reason, "reason is required");
        requireNonNull(detail, "detail is required");
        requireNonNull(takenAt, "takenAt is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
