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
 */
public record PartnerSigned(UUID campaignId, String partnerId, Signatory signatory, int draftVersion,
        Instant signedAt, String signatureImage) implements DemarcheEvent {

    public PartnerSigned {
        requireNonNull(campaignId, "campaignId is required");
        requireNonNull(partnerId, "partnerId is required");
        requireNonNull(signatory, "signatory is required");
        requireNonNull(signedAt, "signedAt is required");
        if (draftVersion < 1) {
            throw new IllegalArgumentException("draftVersion must be at least 1, was " + draftVersion);
        }
    }

    @Override
    public String partitionKey() {
        return campaignId.toString();
    }
}
