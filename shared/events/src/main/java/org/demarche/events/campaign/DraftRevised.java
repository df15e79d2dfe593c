package org.demarche.events.campaign;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * The letter's draft has a new version: the first rendering, a coordinator's
 * edit, or a regeneration after the meeting changed.
 *
 * @param version the draft version, starting at 1; partners sign a version
 * @param text    the whole draft as plain text
 * @param diff    a unified diff from the previous version; optional
 * @param reason  why it changed, for the audit trail
 */
public record DraftRevised(UUID campaignId, int version, String text, String diff, String reason)
        implements DemarcheEvent {

    public DraftRevised {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(text, "text is required");
        requireNonNull(reason, "reason is required");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
