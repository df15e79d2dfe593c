package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.Signatory;

/**
 * The letter was published with its final list of signatories.
 *
 * @param draftVersion the draft version that was published
 * @param signatories  in letter order
 * @param letterUrl    where the published letter can be read; optional
 */
public record LetterPublished(UUID campaignId, int draftVersion, Instant publishedAt, List<Signatory> signatories,
        String letterUrl) implements DemarcheEvent {

    public LetterPublished {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(publishedAt, "publishedAt is required");
        signatories = List.copyOf(requireNonNull(signatories, "signatories is required"));
        if (draftVersion < 1) {
            throw new IllegalArgumentException("draftVersion must be at least 1, was " + draftVersion);
        }
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
