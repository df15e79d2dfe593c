package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A published letter's page speaks every language a letter may be written in (letter/marks.txt):
 * all its words in each, each one translated, counts in the language's plural forms.
 */
class OpenLetterWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ru", "az"})
    void eachLanguageSaysEverythingEnglishSaysInItsOwnWords(String language) throws IOException {
        Properties english = load("open-letter.properties");
        Properties translated = load("open-letter_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank()
                    .isNotEqualTo(english.getProperty(key));
        }
        OpenLetterWords words = OpenLetterWords.of(language);
        for (int count : new int[] {0, 1, 2, 5, 21}) {
            assertThat(words.signedBy(count)).as("%d organisations in %s", count, language)
                    .doesNotContain("{", "}", "#").isNotEqualTo(OpenLetterWords.of("en").signedBy(count));
        }
        assertThat(words.image("Free them")).endsWith(": Free them");
    }

    @Test
    void countsOrganisationsInEachLanguagesPluralForms() {
        assertThat(OpenLetterWords.of("en").signedBy(0)).isEqualTo("Signed by no organisation yet");
        assertThat(OpenLetterWords.of("en").signedBy(1)).isEqualTo("Signed by one organisation");
        assertThat(OpenLetterWords.of("en").signedBy(2)).isEqualTo("Signed by 2 organisations");
        assertThat(OpenLetterWords.of("fr").signedBy(0)).isEqualTo("Signée par aucune organisation pour l'instant");
        assertThat(OpenLetterWords.of("fr").signedBy(3)).isEqualTo("Signée par 3 organisations");
        assertThat(OpenLetterWords.of("ru").signedBy(1)).isEqualTo("Подписала одна организация");
        assertThat(OpenLetterWords.of("ru").signedBy(3)).isEqualTo("Подписали 3 организации");
        assertThat(OpenLetterWords.of("ru").signedBy(5)).isEqualTo("Подписали 5 организаций");
        assertThat(OpenLetterWords.of("ru").signedBy(21)).isEqualTo("Подписала 21 организация");
        assertThat(OpenLetterWords.of("az").signedBy(1)).isEqualTo("Bir təşkilat tərəfindən imzalanıb");
        assertThat(OpenLetterWords.of("az").signedBy(4)).isEqualTo("4 təşkilat tərəfindən imzalanıb");
    }

    @Test
    void aLetterInALanguageWithoutWordsHasItsPageInEnglishNotTheServersLanguage() {
        assertThat(OpenLetterWords.of("de").skip()).isEqualTo("Skip to the letter");
        assertThat(OpenLetterWords.of("ru").skip()).isEqualTo("Перейти к письму");
        assertThat(OpenLetterWords.of("az-Latn-AZ").signatories()).isEqualTo("İmzalayanlar");
    }

    private static Properties load(String name) throws IOException {
        Properties words = new Properties();
        try (var in = new InputStreamReader(OpenLetterWordsTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }
}
