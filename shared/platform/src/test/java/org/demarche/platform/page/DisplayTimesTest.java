package org.demarche.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DisplayTimesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant MEETING = Instant.parse("2026-12-11T10:00:00Z");

    private final DisplayTimes times = new DisplayTimes();

    @Test
    void showsAMomentTheSameWayInEveryLanguageItsWordsAside() {
        assertThat(times.moment(MEETING, PARIS, Locale.ENGLISH)).isEqualTo("Fri 11 Dec 2026, 11:00 CET");
        assertThat(times.moment(MEETING, PARIS, Locale.FRENCH)).isEqualTo("ven. 11 déc. 2026, 11:00 CET");
    }

    @Test
    void namesTheZoneAsItIsThatDay() {
        assertThat(times.moment(Instant.parse("2018-07-20T09:00:00Z"), PARIS, Locale.ENGLISH))
                .isEqualTo("Fri 20 Jul 2018, 11:00 CEST");
        assertThat(times.moment(Instant.parse("2018-07-20T09:00:00Z"), "no/such-zone", Locale.ENGLISH))
                .as("an unknown zone reads as UTC").isEqualTo("Fri 20 Jul 2018, 09:00 UTC");
    }

    @Test
    void showsADayAlone() {
        assertThat(times.day(MEETING, PARIS, Locale.FRENCH)).isEqualTo("ven. 11 déc. 2026");
        assertThat(times.day(LocalDate.of(2018, 7, 18), Locale.ENGLISH)).isEqualTo("Wed 18 Jul 2018");
    }

    @Test
    void showsNothingForNoMoment() {
        assertThat(times.moment(null, PARIS, Locale.ENGLISH)).isEmpty();
        assertThat(times.day((Instant) null, PARIS, Locale.ENGLISH)).isEmpty();
    }
}
