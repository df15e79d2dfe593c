package org.demarche.campaigns.letter;

import java.util.Objects;

/**
 * One paragraph of the letter's body and the part it belongs to; a part a coordinator rewrote may
 * have several paragraphs.
 */
public record BodyParagraph(EditablePart part, String text) {

    public BodyParagraph {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(text, "text");
        if (!part.inBody()) {
            throw new IllegalArgumentException(part.wireName() + " is not a part of the letter's body");
        }
    }
}
