package org.demarche.outreach.partnermail;

import java.util.List;
import java.util.Locale;

/**
 * The languages partners read Démarche in: pages and emails have a message bundle for each. A
 * partner whose language has none reads English.
 */
public final class PartnerLanguage {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("az"));

    private PartnerLanguage() {
    }

    /** The supported language closest to a BCP 47 tag, e.g. {@code fr-BE} → French, {@code az-Latn-AZ} → Azerbaijani, {@code de} → English. */
    public static Locale closestTo(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(language)).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
