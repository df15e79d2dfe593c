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

    /**
     * Every email and page asks for the partner's language, and parsing the tag showed in the
     * profile of composing thousands of emails, while partners have only a handful of different
     * tags. A tag longer than any the invitations store (35 characters, RFC 5646's advice) is
     * parsed each time, so that the cache stays small whatever it is given.
     */
    private static final BoundedCache<String, Locale> CLOSEST = new BoundedCache<>(256);
    private static final int LONGEST_CACHED_TAG = 35;

    private PartnerLanguage() {
    }

    /** The supported language closest to a BCP 47 tag, e.g. {@code fr-BE} → French, {@code az-Latn-AZ} → Azerbaijani, {@code de} → English. */
    public static Locale closestTo(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Locale.ENGLISH;
        }
        return languageTag.length() > LONGEST_CACHED_TAG ? parsed(languageTag)
                : CLOSEST.get(languageTag, PartnerLanguage::parsed);
    }

    private static Locale parsed(String languageTag) {
        String language = Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(language)).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
