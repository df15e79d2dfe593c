package org.demarche.campaigns.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Case names as the Court writes them against persons as partners register them. */
class CaseMatchTest {

    @Test
    void findsTheSurnameAloneInTheCourtsRomanisation() {
        assertThat(namesPerson("CASE OF MAMMADOVA v. AZERBAIJAN", "Gülnarə Məmmədova")).isTrue();
        assertThat(namesPerson("KAVALA v. TURKEY", "Osman Kavala")).isTrue();
        assertThat(namesPerson("KAVALA v. TÜRKİYE", "Osman Kavala")).isTrue();
        assertThat(namesPerson("CASE OF NAVALNYY v. RUSSIA", "Алексей Навальный")).isTrue();
        assertThat(namesPerson("CASE OF NAVALNYY v. RUSSIA", "Alexei Navalny")).as("as the press writes it").isTrue();
        assertThat(namesPerson("CASE OF ZINOVYEVA v. RUSSIA", "Наталья Зиновьева")).isTrue();
        assertThat(namesPerson("CASE OF MERABISHVILI v. GEORGIA", "Vano Merabishvili")).isTrue();
        assertThat(namesPerson("CASE OF KHALILOVA v. AZERBAIJAN", "Aygün Xəlilova")).isTrue();
    }

    @Test
    void findsBothTheAzerbaijaniSpellingAndTheEnglishOne() {
        assertThat(namesPerson("JAFAROV v. AZERBAIJAN", "Rəsul Cəfərov")).isTrue();
        assertThat(namesPerson("JAFAROV v. AZERBAIJAN", "Rasul Jafarov")).isTrue();
        assertThat(namesPerson("RASUL JAFAROV v. AZERBAIJAN", "Rəsul Cəfərov")).isTrue();
        assertThat(namesPerson("YAGUBLU v. AZERBAIJAN", "Tofiq Yaqublu")).isTrue();
    }

    @Test
    void findsTheSurnameWithTheGivenNameOrItsInitial() {
        assertThat(namesPerson("SELAHATTİN DEMİRTAŞ v. TURKEY (No. 2)", "Selahattin Demirtaş")).isTrue();
        assertThat(namesPerson("SELAHATTIN DEMIRTAS v. TURKEY (No. 2) [GC]", "Selahattin Demirtaş")).isTrue();
        assertThat(namesPerson("Ilgar Mammadov v. Azerbaijan (no. 2)", "İlqar Məmmədov")).isTrue();
        assertThat(namesPerson("I. MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isTrue();
        assertThat(namesPerson("ILGAR MAMMADOV v. AZERBAIJAN", "I. Mammadov")).isTrue();
        assertThat(namesPerson("GULNARA MAMMADOVA v. AZERBAIJAN", "Gülnarə Əli qızı Məmmədova")).isTrue();
    }

    @Test
    void readsTheCourtsFramesAroundTheApplicants() {
        assertThat(namesPerson("CASE OF ILGAR MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isTrue();
        assertThat(namesPerson("AFFAIRE BERIDZE c. GÉORGIE", "Nino Beridze")).isTrue();
        assertThat(namesPerson("AFFAIRE ILGAR MAMMADOV c. AZERBAÏDJAN (N° 2)", "Ilgar Mammadov")).isTrue();
        assertThat(namesPerson("AFFAIRE BERIDZE ET AUTRES c. GÉORGIE", "Nino Beridze")).isTrue();
        assertThat(namesPerson("Mammadli and Others v. Azerbaijan", "Anar Məmmədli")).isTrue();
        assertThat(namesPerson("MAMMADLI & OTHERS v. AZERBAIJAN", "Anar Mammadli")).isTrue();
        assertThat(namesPerson(
                "PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF ILGAR MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isTrue();
        assertThat(namesPerson("KAVALA v. TÜRKİYE [GC]", "Osman Kavala")).isTrue();
        assertThat(namesPerson("Kavala vs. Turkey", "Osman Kavala")).isTrue();
    }

    @Test
    void findsThePersonAmongSeveralApplicants() {
        assertThat(namesPerson("CASE OF NAVALNYY AND OFITSEROV v. RUSSIA", "Навальный Алексей Анатольевич"))
                .isTrue();
        assertThat(namesPerson("CASE OF NAVALNYY AND OFITSEROV v. RUSSIA", "Pyotr Ofitserov")).isTrue();
        assertThat(namesPerson("YUNUSOVA AND YUNUSOV v. AZERBAIJAN", "Arif Yunusov")).isTrue();
        assertThat(namesPerson("YUNUSOVA AND YUNUSOV v. AZERBAIJAN (No. 2)", "Leyla Yunusova")).isTrue();
        assertThat(namesPerson("IBRAHIMOV, MAMMADOV AND OTHERS v. AZERBAIJAN", "Bayram Məmmədov")).isTrue();
        assertThat(namesPerson("LEYLA YUNUSOVA AND ARIF YUNUSOV v. AZERBAIJAN", "Arif Yunusov")).isTrue();
    }

    @Test
    void takesTheSurnameWhereTheRegistryWroteIt() {
        assertThat(namesPerson("ILGAR MAMMADOV v. AZERBAIJAN", "MAMMADOV Ilgar")).isTrue();
        assertThat(namesPerson("RASHAD MAMMADOV v. AZERBAIJAN", "MAMMADOV Ilgar")).isFalse();
        assertThat(namesPerson("NAVALNYY v. RUSSIA", "Алексей Анатольевич Навальный")).isTrue();
        assertThat(namesPerson("ALEKSEY NAVALNYY v. RUSSIA", "Навальный Алексей Анатольевич")).isTrue();
        assertThat(namesPerson("ANATOLYEVICH v. RUSSIA", "Навальный Алексей Анатольевич")).isFalse();
    }

    @Test
    void aGivenNameThatIsNotThePersonsIsSomeoneElse() {
        assertThat(namesPerson("RASHAD MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson("R. MAMMADOV v. AZERBAIJAN", "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson("Rasul Jafarov v. Azerbaijan", "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson("SELAHATTIN DEMIRTAS v. TURKEY", "Figen Yüksekdağ Demirtaş")).isFalse();
    }

    @Test
    void anotherSurnameOrAGivenNameAloneIsNotThePerson() {
        assertThat(namesPerson("Mammadli v. Azerbaijan", "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson("OSMAN v. TURKEY", "Osman Kavala")).isFalse();
        assertThat(namesPerson("ILGAR v. AZERBAIJAN", "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson("KAVALAN v. TURKEY", "Osman Kavala")).isFalse();
        assertThat(namesPerson("NAVALNAYA v. RUSSIA", "Алексей Навальный")).isFalse();
        assertThat(namesPerson("A.B. v. RUSSIA", "Anna B")).isFalse();
    }

    @Test
    void aNameWithoutRespondentIsNoCaseName() {
        assertThat(namesPerson("Ilgar Mammadov", "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson("v. Azerbaijan", "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson(null, "Ilgar Mammadov")).isFalse();
        assertThat(namesPerson("Ilgar Mammadov v. Azerbaijan", "  ")).isFalse();
    }

    /** Whether the case name has this person among its applicants, as the case file decides it. */
    private static boolean namesPerson(String caseName, String person) {
        return PersonName.of(person).map(CaseName.of(caseName)::names).orElse(false);
    }
}
