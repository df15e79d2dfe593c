package org.demarche.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header speaks every language a service's pages are written in, staff's and partners': all its words in each. */
class ChromeWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ru", "az"})
    void eachLanguageSaysEverythingEnglishSays(String language) throws IOException {
        Properties english = load("chrome.properties");
        Properties translated = load("chrome_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.getProperty("product")).as("the product's name is not translated").isEqualTo("Démarche");
    }

    private static Properties load(String name) throws IOException {
        Properties words = new Properties();
        try (var in = new InputStreamReader(ChromeWordsTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }
}
