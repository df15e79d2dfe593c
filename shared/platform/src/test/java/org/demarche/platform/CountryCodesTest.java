package org.demarche.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryCodesTest {

    @Test
    void acceptsTwoCapitalLettersThatNameACountry() {
        assertThat(CountryCodes.isAlpha2("FR")).isTrue();
        assertThat(CountryCodes.isAlpha2("AZ")).isTrue();
    }

    @Test
    void refusesOtherSpellingsOnTheWire() {
        assertThat(CountryCodes.isAlpha2("fr")).isFalse();
        assertThat(CountryCodes.isAlpha2("AZE")).isFalse();
        assertThat(CountryCodes.isAlpha2("XX")).isFalse();
        assertThat(CountryCodes.isAlpha2("")).isFalse();
        assertThat(CountryCodes.isAlpha2(null)).isFalse();
    }

    @Test
    void readsWhatAPersonTyped() {
        assertThat(CountryCodes.normalised(" fr ")).contains("FR");
        assertThat(CountryCodes.normalised("France")).isEmpty();
        assertThat(CountryCodes.normalised(null)).isEmpty();
    }
}
