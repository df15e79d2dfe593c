package org.demarche.events.response;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/** An email that had been sent to a partner came back as undeliverable. */
public record EmailBounced(UUID campaignId, String partnerId, String email, String reason, Instant bouncedAt)
        implements DemarcheEvent {

    public EmailBounced {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(email, "email is required");
        requireNonNull(reason, "reason is required");
        requireNonNull(bouncedAt, "bouncedAt is required");
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
