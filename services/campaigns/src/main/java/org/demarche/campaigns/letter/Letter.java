package org.demarche.campaigns.letter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A composed letter: its parts in the order they are printed, ready to be rendered.
 *
 * @param placeAndDate e.g. "Baku, Brussels, 18 July 2018"
 * @param body         the paragraphs between salutation and closing, each with its part
 * @param language     ISO 639-1 code of the language the letter is written in
 * @param unnamed      the line after the signatories counting those who signed without being named
 *                     (organisations at risk); null if there are none
 */
public record Letter(
        String title,
        List<String> addressLines,
        String placeAndDate,
        String salutation,
        List<BodyParagraph> body,
        String closing,
        List<SignatoryBlock> signatories,
        boolean draft,
        String language,
        String unnamed) {

    public Letter {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        body = body == null ? List.of() : List.copyOf(body);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        Objects.requireNonNull(language, "language");
    }

    /** The body's paragraphs as printed. */
    List<String> paragraphs() {
        return body.stream().map(BodyParagraph::text).toList();
    }

    /** The text of one part (its paragraphs separated by a blank line), if the letter has it. */
    public Optional<String> text(EditablePart part) {
        if (part == EditablePart.TITLE) {
            return Optional.ofNullable(title);
        }
        if (part == EditablePart.CLOSING) {
            return Optional.ofNullable(closing);
        }
        List<String> paragraphs = body.stream().filter(p -> p.part() == part).map(BodyParagraph::text).toList();
        return paragraphs.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", paragraphs));
    }

    Letter withSignatories(List<SignatoryBlock> signatories) {
        return withSignatories(signatories, null);
    }

    /** @param unnamed the line counting those who signed without being named, or null */
    public Letter withSignatories(List<SignatoryBlock> signatories, String unnamed) {
        return new Letter(title, addressLines, placeAndDate, salutation, body, closing, signatories, draft, language,
                unnamed);
    }

    /** The same letter dated differently and marked, or not, as a draft: a version as it is published. */
    public Letter dated(String placeAndDate, boolean draft) {
        return new Letter(title, addressLines, placeAndDate, salutation, body, closing, signatories, draft, language,
                unnamed);
    }
}
