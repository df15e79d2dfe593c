package org.demarche.campaigns.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Case names as the Court writes them against persons as partners register them. */
class CaseMatchTest {

    @Test
    void findsTheSurnameAloneInTheCourtsRomanisation() {
        assertThat(CaseMatch.namesPerson("CASE OF MAMMADOVA v. AZERBAIJAN", "Gülnarə Məmmədova")).isTrue();
        assertThat(CaseMatch.namesPerson("KAVALA v. TURKEY", "Osman Kavala")).isTrue();
        assertThat(CaseMatch.namesPerson("KAVALA v. TÜRKİYE", "Osman Kavala")).isTrue();
        assertThat(CaseMatch.namesPerson("CASE OF NAVALNYY v. RUSSIA", "Алексей Навальный")).isTrue();
        assertThat(CaseMatch.namesPerson("CASE OF NAVALNYY v. RUSSIA", "Alexei Navalny")).as("as the press writes it").isTrue();
        assertThat(CaseMatch.namesPerson("CASE OF ZINOVYEVA v. RUSSIA", "Наталья Зиновьева")).isTrue();
        assertThat(CaseMatch.namesPerson("CASE OF MERABISHVILI v. GEORGIA", "Vano Merabishvili")).isTrue();
        assertThat(CaseMatch.namesPerson("CASE OF KHALILOVA v. AZERBAIJAN", "Aygün Xəlilova")).isTrue();
    }

    @Test
    void findsBothTheAzerbaijaniSpellingAndTheEnglishOne() {
        assertThat(CaseMatch.namesPerson("JAFAROV v. AZERBAIJAN", "Rəsul Cəfərov")).isTrue();
        assertThat(CaseMatch.namesPerson("JAFAROV v. AZERBAIJAN", "Rasul Jafarov")).isTrue();
        assertThat(CaseMatch.namesPerson("RASUL JAFAROV v. AZERBAIJAN", "Rəsul Cəfərov")).isTrue();
        assertThat(CaseMatch.namesPerson("YAGUBLU v. AZERBAIJAN", "Tofiq Yaqublu")).isTrue();
    }

    @Test
    void findsTheSurnameWithTheGivenNameOrItsInitial() {
        assertThat(CaseMatch.namesPerson("SELAHATTİN DEMİRTAŞ v. TURKEY (No. 2)", "Selahattin Demirtaş")).isTrue();
        assertThat(CaseMatch.namesPerson("SELAHATTIN DEMIRTAS v. TURKEY (No. 2) [GC]", "Selahattin Demirtaş")).isTrue();
        assertThat(CaseMatch.namesPerson("Ilgar Mammadov v. Azerbaijan (no. 2)", "İlqar Məmmədov")).isTrue();
        assertThat(CaseMatch.namesPerson("I. MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isTrue();
        assertThat(CaseMatch.namesPerson("ILGAR MAMMADOV v. AZERBAIJAN", "I. Mammadov")).isTrue();
        assertThat(CaseMatch.namesPerson("GULNARA MAMMADOVA v. AZERBAIJAN", "Gülnarə Əli qızı Məmmədova")).isTrue();
    }

    @Test
    void readsTheCourtsFramesAroundTheApplicants() {
        assertThat(CaseMatch.namesPerson("CASE OF ILGAR MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isTrue();
        assertThat(CaseMatch.namesPerson("AFFAIRE BERIDZE c. GÉORGIE", "Nino Beridze")).isTrue();
        assertThat(CaseMatch.namesPerson("AFFAIRE ILGAR MAMMADOV c. AZERBAÏDJAN (N° 2)", "Ilgar Mammadov")).isTrue();
        assertThat(CaseMatch.namesPerson("AFFAIRE BERIDZE ET AUTRES c. GÉORGIE", "Nino Beridze")).isTrue();
        assertThat(CaseMatch.namesPerson("Mammadli and Others v. Azerbaijan", "Anar Məmmədli")).isTrue();
        assertThat(CaseMatch.namesPerson("MAMMADLI & OTHERS v. AZERBAIJAN", "Anar Mammadli")).isTrue();
        assertThat(CaseMatch.namesPerson(
                "PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF ILGAR MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isTrue();
        assertThat(CaseMatch.namesPerson("KAVALA v. TÜRKİYE [GC]", "Osman Kavala")).isTrue();
        assertThat(CaseMatch.namesPerson("Kavala vs. Turkey", "Osman Kavala")).isTrue();
    }

    @Test
    void findsThePersonAmongSeveralApplicants() {
        assertThat(CaseMatch.namesPerson("CASE OF NAVALNYY AND OFITSEROV v. RUSSIA", "Навальный Алексей Анатольевич"))
                .isTrue();
        assertThat(CaseMatch.namesPerson("CASE OF NAVALNYY AND OFITSEROV v. RUSSIA", "Pyotr Ofitserov")).isTrue();
        assertThat(CaseMatch.namesPerson("YUNUSOVA AND YUNUSOV v. AZERBAIJAN", "Arif Yunusov")).isTrue();
        assertThat(CaseMatch.namesPerson("YUNUSOVA AND YUNUSOV v. AZERBAIJAN (No. 2)", "Leyla Yunusova")).isTrue();
        assertThat(CaseMatch.namesPerson("IBRAHIMOV, MAMMADOV AND OTHERS v. AZERBAIJAN", "Bayram Məmmədov")).isTrue();
        assertThat(CaseMatch.namesPerson("LEYLA YUNUSOVA AND ARIF YUNUSOV v. AZERBAIJAN", "Arif Yunusov")).isTrue();
    }

    @Test
    void takesTheSurnameWhereTheRegistryWroteIt() {
        assertThat(CaseMatch.namesPerson("ILGAR MAMMADOV v. AZERBAIJAN", "MAMMADOV Ilgar")).isTrue();
        assertThat(CaseMatch.namesPerson("RASHAD MAMMADOV v. AZERBAIJAN", "MAMMADOV Ilgar")).isFalse();
        assertThat(CaseMatch.namesPerson("NAVALNYY v. RUSSIA", "Алексей Анатольевич Навальный")).isTrue();
        assertThat(CaseMatch.namesPerson("ALEKSEY NAVALNYY v. RUSSIA", "Навальный Алексей Анатольевич")).isTrue();
        assertThat(CaseMatch.namesPerson("ANATOLYEVICH v. RUSSIA", "Навальный Алексей Анатольевич")).isFalse();
    }

    @Test
    void aGivenNameThatIsNotThePersonsIsSomeoneElse() {
        assertThat(CaseMatch.namesPerson("RASHAD MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson("R. MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson("Rasul Jafarov v. Azerbaijan", "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson("SELAHATTIN DEMIRTAS v. TURKEY", "Figen Yüksekdağ Demirtaş")).isFalse();
    }

    @Test
    void anotherSurnameOrAGivenNameAloneIsNotThePerson() {
        assertThat(CaseMatch.namesPerson("Mammadli v. Azerbaijan", "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson("OSMAN v. TURKEY", "Osman Kavala")).isFalse();
        assertThat(CaseMatch.namesPerson("ILGAR v. AZERBAIJAN", "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson("KAVALAN v. TURKEY", "Osman Kavala")).isFalse();
        assertThat(CaseMatch.namesPerson("NAVALNAYA v. RUSSIA", "Алексей Навальный")).isFalse();
        assertThat(CaseMatch.namesPerson("A.B. v. RUSSIA", "Anna B")).isFalse();
    }

    @Test
    void aNameWithoutRespondentIsNoCaseName() {
        assertThat(CaseMatch.namesPerson("Ilgar Mammadov", "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson("v. Azerbaijan", "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson(null, "Ilgar Mammadov")).isFalse();
        assertThat(CaseMatch.namesPerson("Ilgar Mammadov v. Azerbaijan", "  ")).isFalse();
    }

    @Test
    void comparesApplicationNumbersWithoutSpaces() {
        assertThat(CaseMatch.sameApplication(" 15172/13 ", "15172/13")).isTrue();
        assertThat(CaseMatch.sameApplication("15172/13", "919/15")).isFalse();
        assertThat(CaseMatch.sharesApplication(List.of("919/15", "15172/13"), List.of("15172/13"))).isTrue();
        assertThat(CaseMatch.sharesApplication(List.of("919/15"), List.of())).isFalse();
    }
}
