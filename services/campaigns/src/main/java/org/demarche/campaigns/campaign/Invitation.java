package org.demarche.campaigns.campaign;

import java.time.Instant;

import org.demarche.events.Signatory;

/**
 * A partner asked to co-sign a campaign's letter, and its answer.
 *
 * @param status           {@code invited}, {@code signed} or {@code declined}
 * @param signatory        who signed, as they gave it; null unless signed
 * @param signatureImage   the image they gave with their signature, redrawn as a PNG; null if none
 *                         or refused
 * @param lead             whether the partner is a lead partner (signs first)
 * @param signedVersion    the draft version they signed; null unless signed
 * @param requestedVersion the draft version they were last asked to sign; null if never asked
 * @param confirmed        whether their signature stands for the current draft: they signed it, or a
 *                         version with the same ask and people named
 * @param imageRefusal     why the image they gave was left out; null if none was refused
 * @param anonymous        signed without being named (an organisation at risk): counted, never printed
 */
public record Invitation(String partnerId, String status, Instant answeredAt, Signatory signatory,
                         byte[] signatureImage, boolean lead, Integer signedVersion, Integer requestedVersion,
                         boolean confirmed, String imageRefusal, boolean anonymous) {

    public static final String INVITED = "invited";
    public static final String SIGNED = "signed";
    public static final String DECLINED = "declined";

    /** Signed a version whose ask or people named have changed since: asked to confirm, pending until they do. */
    boolean awaitingConfirmation() {
        return SIGNED.equals(status) && !confirmed;
    }

    /** As partners and leads see it: {@code pending} until a signature stands for the current draft. */
    public String answer() {
        if (DECLINED.equals(status)) {
            return DECLINED;
        }
        return confirmed ? SIGNED : "pending";
    }
}
