package org.demarche.campaigns.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A head of state or government who receives letters.
 *
 * @param language       the target's language (BCP 47), e.g. of the emails sent to them
 * @param salutation     printed verbatim, so written in the language of the target's letters
 * @param letterLanguage the language letters to this target are written in, when coordinators chose
 *                       one (e.g. English to a French president); may be null
 * @param salutations    the salutation in other languages, by language code, for letters read in them
 */
public record Target(String id, String name, String title, String country, String language, String salutation,
                     List<String> addressLines, String email, String letterLanguage, Map<String, String> salutations) {

    public Target {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        salutations = salutations == null ? Map.of() : Map.copyOf(salutations);
    }

    /**
     * The salutation of a letter in {@code language}: the one kept for that language, else the
     * salutation as registered — a letter is never without one.
     */
    public String salutationIn(String language) {
        String translated = salutations.get(Locale.forLanguageTag(language).getLanguage());
        return translated != null && !translated.isBlank() ? translated : salutation;
    }
}
