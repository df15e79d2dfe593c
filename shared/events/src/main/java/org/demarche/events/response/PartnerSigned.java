package org.demarche.events.response;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.Signatory;

/**
 * A partner co-signed a draft version on its sign-on page.
 *
 * @param signatureImage a base64 PNG or JPEG of the handwritten signature; optional
 * @param anonymous      true when the partner signs without being named (an organisation at risk): the
 *                       letter counts it ("and N other organisations") but prints neither the signatory
 *                       nor the image; optional, absent or null means named (added after version 1 was
 *                       first published)
 */
public record PartnerSigned(UUID campaignId, String partnerId, Signatory signatory, int draftVersion,
        Instant signedAt, String signatureImage, Boolean anonymous) implements DemarcheEvent {

    /** As first published: a named signature. */
    public PartnerSigned(UUID campaignId, String partnerId, Signatory signatory, int draftVersion, Instant signedAt,
            String signatureImage) {
        this(campaignId, partnerId, signatory, draftVersion, signedAt, signatureImage, null);
    }

    public PartnerSigned {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(signatory, "signatory is required");
        requireNonNull(signedAt, "signedAt is required");
        if (draftVersion < 1) {
            throw new IllegalArgumentException("draftVersion must be at least 1, was " + draftVersion);
        }
    }

    /** Whether the letter must not name this signatory. */
    public boolean signedAnonymously() {
        return Boolean.TRUE.equals(anonymous);
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
