package org.demarche.outreach.partnermail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PartnerLanguageTest {

    private static final List<String> TAGS = Arrays.asList(null, "", " ", "\t\n", "en", "EN", "en-GB", "en_GB", "fr",
            "FR", "fr-BE", "fr-CA", " fr-BE ", "fr_BE", "fr-", "fr--BE", "fr-!!", "ru", "RU", "ru-RU", "ru-Cyrl-RU",
            "az", "AZ", "az-Latn-AZ", "az-Cyrl-AZ", "az_AZ", "aze", "de", "de-DE", "zh-Hant-TW", "und", "x-private",
            "i-klingon", "art-lojban", "en-GB-oed", "sgn-BE-FR", "fra", "rus", "123", "!!", "garbage tag", "fr-BE-x-a",
            "french", "Français", "русский", "az-latn-az-u-ca-gregory",
            "fr-BE-1234567890-abcdefgh-ijklmnop-qrstuvwx-yz", "a-very-long-garbage-tag-that-is-longer-than-35-chars");

    @Test
    void choosesTheSameLanguageAsParsingTheTagEachTime() {
        for (int round = 0; round < 3; round++) { // the first round fills the cache, the others read it
            for (String tag : TAGS) {
                assertThat(PartnerLanguage.closestTo(tag)).as("'%s'", tag).isEqualTo(parsedEachTime(tag));
            }
        }
    }

    @Test
    void choosesTheSameLanguageForEveryTwoLetterTagWithAnyRegion() {
        List<String> tags = new ArrayList<>();
        for (String language : Locale.getISOLanguages()) {
            tags.add(language);
            tags.add(language + "-" + "AZ");
            tags.add(language.toUpperCase(Locale.ROOT) + "_BE");
        }
        for (String tag : tags) {
            assertThat(PartnerLanguage.closestTo(tag)).as("'%s'", tag).isEqualTo(parsedEachTime(tag));
        }
    }

    @Test
    void readsTheDocumentedExamples() {
        assertThat(PartnerLanguage.closestTo("fr-BE")).isEqualTo(Locale.FRENCH);
        assertThat(PartnerLanguage.closestTo("az-Latn-AZ")).isEqualTo(Locale.forLanguageTag("az"));
        assertThat(PartnerLanguage.closestTo("RU")).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(PartnerLanguage.closestTo("de")).isEqualTo(Locale.ENGLISH);
        assertThat(PartnerLanguage.closestTo(null)).isEqualTo(Locale.ENGLISH);
    }

    /** PartnerLanguage.closestTo as it was before the cache: the tag parsed each time. */
    private static Locale parsedEachTime(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(languageTag.strip()).getLanguage();
        return PartnerLanguage.SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(language))
                .findFirst().orElse(Locale.ENGLISH);
    }
}
