package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HudocDatesTest {

    private static final LocalDate DEC_14 = LocalDate.of(2023, 12, 14);

    @Test
    void readsKpdateAsHudocWritesItNowAndAsItWroteItBefore() {
        assertThat(HudocDates.read("kpdate", "2023-12-14T00:00:00")).isEqualTo(DEC_14);
        assertThat(HudocDates.read("kpdate", "2014-10-03T00:00:00.0Z")).isEqualTo(LocalDate.of(2014, 10, 3));
        assertThat(HudocDates.read("kpdate", "2018-11-09")).isEqualTo(LocalDate.of(2018, 11, 9));
        assertThat(HudocDates.read("kpdate", "2/13/2020 12:00:00 AM")).isEqualTo(LocalDate.of(2020, 2, 13));
        assertThat(HudocDates.read("kpdate", "12/22/2020 12:00:00 AM")).isEqualTo(LocalDate.of(2020, 12, 22));
    }

    @Test
    void readsJudgementdateDayFirst() {
        assertThat(HudocDates.read("judgementdate", "14/12/2023 00:00:00")).isEqualTo(DEC_14);
        assertThat(HudocDates.read("judgementdate", "22/09/1994")).isEqualTo(LocalDate.of(1994, 9, 22));
        assertThat(HudocDates.read("judgementdate", "2023-12-14T00:00:00")).isEqualTo(DEC_14);
    }

    @Test
    void letsTheFieldDecideWhichNumberIsTheMonthWhenEitherCouldBe() {
        assertThat(HudocDates.read("kpdate", "2/3/2020 12:00:00 AM")).as("American: February 3")
                .isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(HudocDates.read("judgementdate", "02/03/2020 00:00:00")).as("day first: 2 March")
                .isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(HudocDates.read("kpdateAsText", "02/03/2020")).as("HUDOC's text dates are day first")
                .isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(HudocDates.read("execpublisheddateastext", "02/03/2020")).isEqualTo(LocalDate.of(2020, 3, 2));
    }

    @Test
    void readsADateTheOtherWayWhenOnlyThatWayIsADate() {
        assertThat(HudocDates.read("kpdate", "13/02/2020 00:00:00")).isEqualTo(LocalDate.of(2020, 2, 13));
        assertThat(HudocDates.read("judgementdate", "2/13/2020 12:00:00 AM")).isEqualTo(LocalDate.of(2020, 2, 13));
    }

    @Test
    void readsDottedDatesAndWrittenMonths() {
        assertThat(HudocDates.read("kpdate", "14.12.2023")).isEqualTo(DEC_14);
        assertThat(HudocDates.read("judgementdate", "14 December 2023")).isEqualTo(DEC_14);
    }

    @Test
    void refusesOnlyADateNobodyCouldReadNamingTheField() {
        assertThatThrownBy(() -> HudocDates.read("judgementdate", "31/31/2020 00:00:00"))
                .isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("judgementdate: '31/31/2020 00:00:00' is not a date");
        assertThatThrownBy(() -> HudocDates.read("kpdate", "soon")).hasMessageStartingWith("kpdate: 'soon'");
        assertThatThrownBy(() -> HudocDates.read("kpdate", "2023-02-30T00:00:00")).hasMessageStartingWith("kpdate:");
    }
}
