package org.demarche.events.outreach;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * Send the published letter to its signatories and to its target.
 *
 * @param draftVersion the published draft version
 * @param letterUrl    where the published letter can be read; optional
 * @param replyTo      address for replies: the coordinator who entered the meeting; optional (added after version 1
 *                     was first published)
 * @param leadContactEmail the first lead partner's contact, for replies when nobody else is named; optional
 */
public record FinalLetterDistribution(UUID campaignId, String campaignTitle, int draftVersion,
        List<Recipient> recipients, String letterUrl, String replyTo, String leadContactEmail) implements DemarcheEvent {

    /** Without the addresses for replies, as first published. */
    public FinalLetterDistribution(UUID campaignId, String campaignTitle, int draftVersion, List<Recipient> recipients,
            String letterUrl) {
        this(campaignId, campaignTitle, draftVersion, recipients, letterUrl, null, null);
    }

    public FinalLetterDistribution {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(campaignTitle, "campaignTitle is required");
        recipients = List.copyOf(requireNonNull(recipients, "recipients is required"));
        if (draftVersion < 1) {
            throw new IllegalArgumentException("draftVersion must be at least 1, was " + draftVersion);
        }
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }

    /**
     * One addressee of the final letter.
     *
     * @param language BCP 47 tag of the language of the covering email
     * @param role     {@code signatory} or {@code target}
     */
    public record Recipient(String name, String email, String language, String role) {

        public Recipient {
            requireNonNull(name, "name is required");
            requireNonNull(email, "email is required");
            requireNonNull(language, "language is required");
            requireNonNull(role, "role is required");
        }
    }
}
