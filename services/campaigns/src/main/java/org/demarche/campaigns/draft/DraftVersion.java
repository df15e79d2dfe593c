package org.demarche.campaigns.draft;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.demarche.campaigns.letter.Letter;
import org.demarche.campaigns.letter.PartEdits;

/**
 * One version of a campaign's draft, as partners were asked to sign it.
 *
 * @param letter           the composed parts, without signatories, marked as a draft
 * @param text             the plain text partners read
 * @param diff             a unified diff from the previous version; null for the first
 * @param substance        what a signature of this version vouches for (see {@link DraftSubstance})
 * @param edits            the coordinator's rewording in force
 * @param asksConfirmation whether its substance differs from the previous version's, so that those
 *                         who signed before are asked to confirm
 */
public record DraftVersion(UUID campaignId, int version, Instant createdAt, String reason, String language,
                           Letter letter, String text, String diff, String substance, PartEdits edits,
                           boolean asksConfirmation) {

    public DraftVersion {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(substance, "substance");
        edits = edits == null ? PartEdits.none() : edits;
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }
}
