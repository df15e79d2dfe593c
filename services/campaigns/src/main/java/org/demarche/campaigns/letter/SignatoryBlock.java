package org.demarche.campaigns.letter;

import java.util.Objects;

/**
 * One signature under the letter.
 *
 * @param country        ISO 3166 alpha-2 code of the organisation's country
 * @param signatureImage PNG or JPEG as received from the signatory, may be {@code null}; it is
 *                       decoded and re-encoded before it is embedded, and left out if it cannot be
 *                       decoded
 */
public record SignatoryBlock(String name, String title, String organisation, String country, byte[] signatureImage) {

    public SignatoryBlock {
        Objects.requireNonNull(name, "name");
    }
}
