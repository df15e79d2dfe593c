package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A step of the campaign's timeline was (re)scheduled. A later event of the
 * same campaign and kind supersedes an earlier one.
 *
 * @param kind {@code sign-on-requests}, {@code reminder}, {@code sign-on-closes},
 *             {@code publication} or {@code follow-up}
 */
public record DeadlineScheduled(UUID campaignId, String kind, Instant dueAt) implements DemarcheEvent {

    public DeadlineScheduled {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(kind, "kind is required");
        requireNonNull(dueAt, "dueAt is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
