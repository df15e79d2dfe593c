package org.demarche.campaigns.registry;

import java.util.Locale;
import java.util.Map;

/**
 * Registry facts in words are entered in English, with optional versions in other languages. A
 * letter prints such a fact only in its own language: a French letter leaves out an English
 * description rather than mix languages.
 */
final class Translations {

    static final String ORIGINAL_LANGUAGE = "en";

    private Translations() {
    }

    static String in(String language, String original, Map<String, String> others) {
        String wanted = language == null ? ORIGINAL_LANGUAGE
                : Locale.forLanguageTag(language.strip()).getLanguage();
        String translated = others.get(wanted);
        if (translated != null && !translated.isBlank()) {
            return translated;
        }
        return ORIGINAL_LANGUAGE.equals(wanted) ? original : null;
    }
}
