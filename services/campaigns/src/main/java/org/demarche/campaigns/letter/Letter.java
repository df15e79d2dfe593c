package org.demarche.campaigns.letter;

import java.util.List;
import java.util.Objects;

/**
 * A composed letter: its parts in the order they are printed, ready to be rendered.
 *
 * @param placeAndDate e.g. "Baku, Brussels, 18 July 2018"
 * @param paragraphs   the body, without salutation and closing
 * @param language     ISO 639-1 code of the language the letter is written in
 */
public record Letter(
        String title,
        List<String> addressLines,
        String placeAndDate,
        String salutation,
        List<String> paragraphs,
        String closing,
        List<SignatoryBlock> signatories,
        boolean draft,
        String language) {

    public Letter {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        Objects.requireNonNull(language, "language");
    }

    /** A letter in English, e.g. one edited by hand from a draft. */
    public Letter(String title, List<String> addressLines, String placeAndDate, String salutation,
            List<String> paragraphs, String closing, List<SignatoryBlock> signatories, boolean draft) {
        this(title, addressLines, placeAndDate, salutation, paragraphs, closing, signatories, draft, "en");
    }
}
