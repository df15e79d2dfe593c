package org.demarche.campaigns.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The letter as plain text: one part per block, blank lines between, one line per signatory. */
final class LetterText {

    private LetterText() {
    }

    /** @param draftMark printed first on a draft: "DRAFT", "PROJET" */
    static String of(Letter letter, String draftMark) {
        List<String> blocks = new ArrayList<>();
        if (letter.draft()) {
            blocks.add(draftMark);
        }
        if (!letter.addressLines().isEmpty()) {
            blocks.add(String.join("\n", letter.addressLines()));
        }
        addIfPresent(blocks, letter.placeAndDate());
        addIfPresent(blocks, letter.title());
        addIfPresent(blocks, letter.salutation());
        letter.paragraphs().forEach(paragraph -> addIfPresent(blocks, paragraph));
        addIfPresent(blocks, letter.closing());
        List<String> signatories = new ArrayList<>();
        for (SignatoryBlock signatory : letter.signatories()) {
            signatories.add(signatoryLine(signatory, letter.language()));
        }
        if (letter.unnamed() != null) {
            signatories.add(letter.unnamed());
        }
        if (!signatories.isEmpty()) {
            blocks.add(String.join("\n", signatories));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** "Name, Title, Organisation (Country)", leaving out what is missing. */
    static String signatoryLine(SignatoryBlock signatory, String language) {
        List<String> parts = new ArrayList<>();
        parts.add(signatory.name().strip());
        if (signatory.title() != null && !signatory.title().isBlank()) {
            parts.add(signatory.title().strip());
        }
        String organisation = organisationAndCountry(signatory, language);
        if (organisation != null) {
            parts.add(organisation);
        }
        return String.join(", ", parts);
    }

    /** "Human Rights Club (Azerbaijan)", with the country named in the letter's language. */
    static String organisationAndCountry(SignatoryBlock signatory, String language) {
        String organisation = blankToNull(signatory.organisation());
        String country = countryName(signatory.country(), language);
        if (organisation == null) {
            return country;
        }
        return country == null ? organisation : organisation + " (" + country + ")";
    }

    private static String countryName(String alpha2, String language) {
        if (alpha2 == null || alpha2.isBlank()) {
            return null;
        }
        String name = new Locale("", alpha2.strip().toUpperCase(Locale.ROOT))
                .getDisplayCountry(Locale.forLanguageTag(language));
        return name.isBlank() ? alpha2.strip() : name;
    }

    private static void addIfPresent(List<String> blocks, String part) {
        String value = blankToNull(part);
        if (value != null) {
            blocks.add(value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
