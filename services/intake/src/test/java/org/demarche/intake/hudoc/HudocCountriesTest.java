package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class HudocCountriesTest {

    @Test
    void readsTheRespondentAndTheOtherRespondentsInHudocsOrder() {
        assertThat(Countries.states("respondent", List.of("AZE"))).containsExactly("AZ");
        assertThat(Countries.states("respondent", List.of("MDA", "RUS"))).containsExactly("MD", "RU");
        assertThat(Countries.states("respondent", List.of("tur"))).containsExactly("TR");
    }

    @Test
    void readsLegacyCodesAsTodaysSuccessorStates() {
        assertThat(Countries.states("respondent", List.of("ROM"))).containsExactly("RO");
        assertThat(Countries.states("respondent", List.of("CSK"))).containsExactly("CZ", "SK");
        assertThat(Countries.states("respondent", List.of("SCG"))).containsExactly("RS", "ME");
        assertThat(Countries.states("respondent", List.of("SCG", "SRB"))).as("each state once")
                .containsExactly("RS", "ME");
    }

    @Test
    void refusesACodeThatNamesNoStateNamingTheField() {
        assertThatThrownBy(() -> Countries.states("execstate", List.of("AZE", "ATL")))
                .isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("execstate: 'ATL' is not a state");
        assertThatThrownBy(() -> Countries.states("respondent", List.of())).hasMessage("respondent: is missing");
    }

    @Test
    void givesTheAlpha3CodeHudocsQueriesUse() {
        assertThat(Countries.alpha3("AZ")).contains("AZE");
        assertThat(Countries.alpha3("RO")).contains("ROU");
        assertThat(Countries.alpha3("ZZ")).isEmpty();
    }

    @Test
    void asksForAStateByItsLegacyCodesToo() {
        assertThat(Countries.hudocCodes("AZ")).containsExactly("AZE");
        assertThat(Countries.hudocCodes("RS")).containsExactly("SRB", "SCG");
        assertThat(Countries.hudocCodes("RO")).containsExactly("ROU", "ROM");
        assertThat(Countries.hudocCodes("SK")).containsExactly("SVK", "CSK");
        assertThat(Countries.hudocCodes("ZZ")).isEmpty();
    }
}
