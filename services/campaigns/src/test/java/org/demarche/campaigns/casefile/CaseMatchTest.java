package org.demarche.campaigns.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.demarche.campaigns.registry.RegisteredCase;
import org.junit.jupiter.api.Test;

class CaseMatchTest {

    private static final RegisteredCase MAMMADOV = new RegisteredCase("ilgar-mammadov", "AZ", "Ilgar Mammadov",
            "Opposition leader", "open", List.of(), Map.of());

    @Test
    void attachesARulingWhoseCaseNameNamesThePersonInTheCasesCountry() {
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", "15172/13", "Ilgar Mammadov v. Azerbaijan")).isTrue();
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", "919/15", "Ilgar Mammadov v. Azerbaijan (no. 2)")).isTrue();
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", null, "CASE OF ILGAR MAMMADOV v. AZERBAIJAN")).isTrue();
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", null, "Affaire Ilgar Mammadov c. Azerbaïdjan")).isTrue();
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", null, "Ilgar Mammadov and Others v. Azerbaijan")).isTrue();
    }

    @Test
    void leavesOutRulingsAboutOtherPeopleOrOtherCountries() {
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", "1/20", "Mammadli v. Azerbaijan")).isFalse();
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", "1/20", "Rasul Jafarov v. Azerbaijan")).isFalse();
        assertThat(CaseMatch.concerns(MAMMADOV, "TR", "15172/13", "Ilgar Mammadov v. Turkey")).isFalse();
        assertThat(CaseMatch.concerns(MAMMADOV, "AZ", null, "Ilgar Mammadov")).isFalse();
    }

    @Test
    void attachesByApplicationNumberWhateverTheCaseIsCalled() {
        RegisteredCase transliterated = new RegisteredCase("ilgar-mammadov", "AZ", "İlqar Məmmədov", "Opposition leader",
                "open", List.of("15172/13"), Map.of());

        assertThat(CaseMatch.concerns(transliterated, "AZ", " 15172/13 ", "Ilgar Mammadov v. Azerbaijan")).isTrue();
        assertThat(CaseMatch.concerns(transliterated, "AZ", "919/15", "Ilgar Mammadov v. Azerbaijan (no. 2)")).isFalse();
    }
}
