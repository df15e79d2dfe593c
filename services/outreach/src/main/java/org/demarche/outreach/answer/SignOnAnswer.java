package org.demarche.outreach.answer;

import static java.util.Objects.requireNonNull;

import org.demarche.events.Signatory;

/** A partner's checked answer: sign as someone, with an optional signature image, or decline. */
sealed interface SignOnAnswer {

    /**
     * @param signatureImage a PNG or JPEG small enough to travel in an event; null if none (always
     *                       none when anonymous: a handwritten signature names its author)
     * @param anonymous      sign without being named on the letter
     */
    record Sign(Signatory signatory, byte[] signatureImage, boolean anonymous) implements SignOnAnswer {

        public Sign {
            requireNonNull(signatory, "signatory is required");
        }
    }

    /**
     * @param reason optional
     */
    record Decline(String reason) implements SignOnAnswer {
    }
}
