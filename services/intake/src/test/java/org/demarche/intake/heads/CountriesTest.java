package org.demarche.intake.heads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void findsCountriesNamedInATitleInEnglishOrFrenchWithOrWithoutAccents() {
        assertThat(Countries.namedIn("Official visit from Azerbaijan")).containsExactly("AZ");
        assertThat(Countries.namedIn("Visite d'État en Azerbaïdjan")).containsExactly("AZ");
        assertThat(Countries.namedIn("Türkiye–Armenia normalisation talks")).containsExactly("TR", "AM");
        assertThat(Countries.namedIn("Turkey and Georgia")).containsExactly("TR", "GE");
    }

    @Test
    void findsANameOfSeveralWords() {
        assertThat(Countries.namedIn("Reception at the United Kingdom embassy")).containsExactly("GB");
    }

    @Test
    void readsALowerCaseWordAsAWordNotACountry() {
        assertThat(Countries.namedIn("Christmas turkey with the team")).isEmpty();
        assertThat(Countries.namedIn("chad from accounting")).isEmpty();
    }

    @Test
    void readsGermanNamesAsPlacesOnlySinceIslandIsIcelandInGerman() {
        assertThat(Countries.namedIn("Island hopping retreat")).isEmpty();
        assertThat(Countries.isName("Deutschland")).isTrue();
        assertThat(Countries.isName("Türkiye")).isTrue();
        assertThat(Countries.isName("Paris")).isFalse();
    }
}
