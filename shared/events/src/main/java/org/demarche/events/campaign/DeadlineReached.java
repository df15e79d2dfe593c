package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A scheduled step of the timeline fell due and its action was taken.
 *
 * @param dueAt     when it was due
 * @param reachedAt when it actually fired; later than {@code dueAt} after a misfire
 */
public record DeadlineReached(UUID campaignId, String kind, Instant dueAt, Instant reachedAt)
        implements DemarcheEvent {

    public DeadlineReached {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(kind, "kind is required");
        requireNonNull(dueAt, "dueAt is required");
        requireNonNull(reachedAt, "reachedAt is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
