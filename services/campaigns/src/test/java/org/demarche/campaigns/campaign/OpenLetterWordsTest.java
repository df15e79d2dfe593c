package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A published letter's page speaks every language a letter may be written in (those letter/marks.txt
 * has a row for): all its words in each, each one translated, counts in the language's plural forms.
 */
class OpenLetterWordsTest {

    /** The languages letter/marks.txt has a row for, English aside: those letters are written in, or ready to be. */
    static List<String> letterLanguages() throws IOException {
        try (var in = OpenLetterWordsTest.class.getResourceAsStream("/letter/marks.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).skip(1)
                    .map(row -> row.substring(0, row.indexOf('|')).strip()).filter(language -> !language.equals("en"))
                    .toList();
        }
    }

    @Test
    void theLettersLanguagesAreFrenchRussianAndAzerbaijaniBesideEnglish() throws IOException {
        assertThat(letterLanguages()).containsExactlyInAnyOrder("fr", "ru", "az");
    }

    @ParameterizedTest
    @MethodSource("letterLanguages")
    void everyLanguageALetterMayBeWrittenInHasEveryWordOfThePageInItsOwnWords(String language) throws IOException {
        Properties english = bundle(""), translated = bundle("_" + language);
        assertThat(translated.keySet()).as("the words in %s", language).isEqualTo(english.keySet());
        english.forEach((key, word) -> assertThat(translated.getProperty((String) key)).as("%s in %s", key, language)
                .isNotBlank().isNotEqualTo(word));

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

    private static Properties bundle(String suffix) throws IOException {
        Properties words = new Properties();
        try (var in = OpenLetterWords.class.getResourceAsStream("open-letter" + suffix + ".properties")) {
            assertThat(in).as("open-letter%s.properties", suffix).isNotNull();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words;
    }
}
