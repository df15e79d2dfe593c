package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Case titles cited in the letter's language, as the Court writes them in English and in French. */
class CaseTitlesTest {

    private static final ClassLoader LOADER = CaseTitlesTest.class.getClassLoader();
    private static final NameTable CITIES = NameTable.load(LOADER, LetterComposer.CITIES);
    private static final NameTable COURTS = NameTable.load(LOADER, LetterComposer.COURTS);
    private static final NameTable STATES = NameTable.load(LOADER, LetterComposer.STATES);

    private static LetterWording wording(String language) {
        return LetterWording.load(LOADER, "letter/" + language, language, CITIES, COURTS, STATES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ilgar Mammadov v. Azerbaijan                 | Ilgar Mammadov c. Azerbaïdjan
            Ilgar Mammadov v. Azerbaijan (no. 2)         | Ilgar Mammadov c. Azerbaïdjan (n° 2)
            Chiragov and Others v. Armenia               | Chiragov et autres c. Arménie
            Mammadli v. Armenia and Azerbaijan           | Mammadli c. Arménie et Azerbaïdjan
            Šehović v. Bosnia and Herzegovina            | Šehović c. Bosnie-Herzégovine
            Hirst v. the United Kingdom (No. 2)          | Hirst c. Royaume-Uni (n° 2)
            Kavala v. Turkey                             | Kavala c. Türkiye
            Navalnyy v. Russia, Ukraine and Georgia      | Navalnyy c. Russie, Ukraine et Géorgie
            Sejdić and Finci v. Bosnia and Herzegovina   | Sejdić et Finci c. Bosnie-Herzégovine
            Kerimli, Mammadli and da Silva v. Azerbaijan | Kerimli, Mammadli et da Silva c. Azerbaïdjan
            Kerimli and Mammadli and Others v. Armenia   | Kerimli et Mammadli et autres c. Arménie
            Open Door and Dublin Well Woman v. Ireland   | Open Door et Dublin Well Woman c. Irlande
            Committee for Peace and Freedom v. Azerbaijan | Committee for Peace and Freedom c. Azerbaïdjan
            Ilgar Mammadov c. Azerbaïdjan (n° 2)         | Ilgar Mammadov c. Azerbaïdjan (n° 2)
            Bialiatski v. Belarus                        | Bialiatski v. Belarus
            Mammadli                                     | Mammadli
            """)
    void citesTheCourtsEnglishTitlesInFrench(String received, String cited) {
        assertThat(wording("fr").caseTitle(received)).isEqualTo(cited);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ilgar Mammadov c. Azerbaïdjan (n° 2)         | Ilgar Mammadov v. Azerbaijan (no. 2)
            Chiragov et autres c. Arménie                | Chiragov and Others v. Armenia
            Sejdić et Finci c. Bosnie-Herzégovine        | Sejdić and Finci v. Bosnia and Herzegovina
            Hirst c. Royaume-Uni                         | Hirst v. the United Kingdom
            Kavala v. Turkey                             | Kavala v. Turkey
            """)
    void citesTheCourtsFrenchTitlesInEnglishAndKeepsEnglishOnesAsReceived(String received, String cited) {
        assertThat(wording("en").caseTitle(received)).isEqualTo(cited);
    }
}
