package org.demarche.campaigns.letter;

import java.util.Locale;
import java.util.Map;

/**
 * The few words a letter carries besides its text, in the letter's language: the mark of a draft
 * (a French draft says "PROJET", not "DRAFT") and the alternative text of a signature image. Kept
 * apart from the renderers so that every form of the letter (HTML, PDF, text, Word) can use the
 * same words; a language without them here gets the English ones.
 */
final class LetterMarks {

    private static final Map<String, String> DRAFT = Map.of("en", "DRAFT", "fr", "PROJET");
    private static final Map<String, String> SIGNATURE_OF = Map.of("en", "Signature of %s", "fr", "Signature de %s");

    private LetterMarks() {
    }

    /** @param language ISO 639-1 code, as {@link Letter#language()} has it */
    static String draft(String language) {
        return DRAFT.getOrDefault(code(language), DRAFT.get("en"));
    }

    /** "Signature of Rasul Jafarov": what a signature image says to those who cannot see it. */
    static String signatureOf(String name, String language) {
        return String.format(SIGNATURE_OF.getOrDefault(code(language), SIGNATURE_OF.get("en")), name);
    }

    private static String code(String language) {
        return language == null ? "en" : Locale.forLanguageTag(language.strip()).getLanguage();
    }
}
