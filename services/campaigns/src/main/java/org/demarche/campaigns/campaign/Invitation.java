package org.demarche.campaigns.campaign;

import java.time.Instant;

import org.demarche.events.Signatory;

/**
 * A partner asked to co-sign a campaign's letter, and its answer.
 *
 * @param status         {@code invited}, {@code signed} or {@code declined}
 * @param signatory      who signed, as they gave it; null unless signed
 * @param signatureImage the image they gave with their signature, if any
 * @param lead           whether the partner is a lead partner (signs first)
 */
public record Invitation(String partnerId, String status, Instant answeredAt, Signatory signatory,
                         byte[] signatureImage, boolean lead) {

    public static final String INVITED = "invited";
    public static final String SIGNED = "signed";
    public static final String DECLINED = "declined";
}
