package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HudocCaseNamesTest {

    @Test
    void titleCasesCapitalisedCaseNamesAndKeepsWrittenOnes() {
        assertThat(CaseNames.fromDocname("CASE OF ILGAR MAMMADOV v. AZERBAIJAN (No. 2)"))
                .isEqualTo("Ilgar Mammadov v. Azerbaijan (no. 2)");
        assertThat(CaseNames.fromDocname("PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF ILGAR MAMMADOV v. AZERBAIJAN"))
                .isEqualTo("Ilgar Mammadov v. Azerbaijan");
        assertThat(CaseNames.fromDocname("CASE OF TSULUKIDZE AND OTHERS v. GEORGIA")).isEqualTo("Tsulukidze and others v. Georgia");
        assertThat(CaseNames.fromDocname("CASE OF SELAHATTİN DEMİRTAŞ v. TURKEY (No. 2)"))
                .isEqualTo("Selahattin Demirtaş v. Turkey (no. 2)");
        assertThat(CaseNames.fromDocname("Kavala v. Turkey")).isEqualTo("Kavala v. Turkey");
    }

    @Test
    void readsFrenchDocnames() {
        assertThat(CaseNames.fromDocname("AFFAIRE ILGAR MAMMADOV c. AZERBAÏDJAN")).isEqualTo("Ilgar Mammadov c. Azerbaïdjan");
        assertThat(CaseNames.fromDocname("AFFAIRE TSULUKIDZE ET AUTRES c. GÉORGIE"))
                .isEqualTo("Tsulukidze et autres c. Géorgie");
        assertThat(CaseNames.fromDocname("AFFAIRE C. c. ROUMANIE")).as("an initial is no French 'c.'")
                .isEqualTo("C. c. Roumanie");
    }

    @Test
    void keepsTheGrandChambersMark() {
        assertThat(CaseNames.fromDocname("CASE OF MERABISHVILI v. GEORGIA [GC]")).isEqualTo("Merabishvili v. Georgia [GC]");
    }

    @Test
    void readsTheCaseAnExecutionTitleNamesInEnglishOrFrench() {
        assertThat(CaseNames.fromTitle("1294th meeting (DH) - CM/Del/Dec(2017)1294/H46-3 - Ilgar Mammadov v. Azerbaijan "
                + "(Application No. 15172/13)")).isEqualTo("Ilgar Mammadov v. Azerbaijan");
        assertThat(CaseNames.fromTitle("Résolution intérimaire CM/ResDH(2017)379 - Procédure au titre de l'article 46, "
                + "paragraphe 4 - Ilgar Mammadov c. Azerbaïdjan")).isEqualTo("Ilgar Mammadov c. Azerbaïdjan");
        assertThat(CaseNames.fromTitle("CM/Inf/DH(2019)1")).isNull();
    }
}
