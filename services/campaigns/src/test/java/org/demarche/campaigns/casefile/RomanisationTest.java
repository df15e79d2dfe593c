package org.demarche.campaigns.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanisationTest {

    @Test
    void writesAzerbaijaniLettersByTheCourtsTable() {
        assertThat(Romanisation.of("Məmmədova")).contains("mammadova");
        assertThat(Romanisation.of("Cəfərov")).contains("jafarov");
        assertThat(Romanisation.of("Xəlilov")).contains("khalilov");
        assertThat(Romanisation.of("Çingiz")).contains("chingiz");
        assertThat(Romanisation.of("Rövşən")).contains("rovshan");
        assertThat(Romanisation.of("Ağayev")).contains("aghayev");
        assertThat(Romanisation.of("Qasımov")).contains("gasimov");
        assertThat(Romanisation.of("Yaqublu")).contains("yagublu");
        assertThat(Romanisation.of("Gülnarə")).contains("gulnara");
        assertThat(Romanisation.of("Jalə")).contains("zhala");
        assertThat(Romanisation.of("MƏMMƏDOVA")).as("in capitals").contains("mammadova");
    }

    @Test
    void keepsAnEnglishRomanisationBesideWhatTheAzerbaijaniTableWouldMakeOfIt() {
        assertThat(Romanisation.of("Jafarov")).contains("jafarov", "zhafarov");
        assertThat(Romanisation.of("JAFAROV")).contains("jafarov");
        assertThat(Romanisation.of("Khalilov")).contains("khalilov");
    }

    @Test
    void dropsTurkishDiacriticsAndWritesBothIsAsI() {
        assertThat(Romanisation.of("Demirtaş")).contains("demirtas");
        assertThat(Romanisation.of("DEMİRTAŞ")).contains("demirtas");
        assertThat(Romanisation.of("SELAHATTİN")).contains("selahattin");
        assertThat(Romanisation.of("TÜRKİYE")).contains("turkiye");
        assertThat(Romanisation.of("Işık")).contains("isik");
        assertThat(Romanisation.of("Çağlayan")).contains("caglayan");
    }

    @Test
    void romanisesRussianCyrillicAsTheCourtDoes() {
        assertThat(Romanisation.of("Навальный")).contains("navalnyy");
        assertThat(Romanisation.of("Зиновьева")).contains("zinovyeva");
        assertThat(Romanisation.of("Ходорковский")).contains("khodorkovskiy");
        assertThat(Romanisation.of("Щербаков")).contains("shcherbakov");
        assertThat(Romanisation.of("Юлия")).contains("yuliya");
        assertThat(Romanisation.of("НАВАЛЬНЫЙ")).as("in capitals").contains("navalnyy");
    }

    @Test
    void readsThePresssPlainYEndingOfARussianNameAsTheCourtsYyOrIy() {
        assertThat(Romanisation.of("Navalny")).contains("navalny", "navalnyy");
        assertThat(Romanisation.of("Khodorkovsky")).contains("khodorkovskiy");
        assertThat(Romanisation.of("Navalnyy")).as("the Court's own spelling stays itself").contains("navalnyy");
        assertThat(Romanisation.of("Aliyev")).as("no -y ending").doesNotContain("aliyevy");
        assertThat(Romanisation.of("Aliy")).as("a vowel before the y").containsOnly("aliy");
    }

    @Test
    void romanisesUkrainianCyrillicBothWaysTheCourtHas() {
        assertThat(Romanisation.of("Гонгадзе")).contains("gongadze", "honhadze");
        assertThat(Romanisation.of("Зеленський")).contains("zelenskyy");
        assertThat(Romanisation.of("Олексій")).contains("oleksiy");
    }

    @Test
    void romanisesGeorgianAndArmenian() {
        assertThat(Romanisation.of("ბერიძე")).contains("beridze");
        assertThat(Romanisation.of("Փաշինյան")).contains("pashinyan");
    }

    @Test
    void splitsWordsAtSpacesHyphensAndStopsButJoinsAcrossApostrophes() {
        assertThat(Romanisation.words("Naval'nyy, A.-B. O’Brien")).containsExactly("Navalnyy", "A", "B", "OBrien");
        assertThat(Romanisation.words("  ")).isEmpty();
    }
}
