package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BAKU = ZoneId.of("Asia/Baku"); // UTC+4 all year since 2016
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final QuietHours evenings = QuietHours.parse("20:00-08:00");

    @Test
    void letsAMessageGoAtOnceInThePartnersDaytime() {
        // 09:00 UTC is 13:00 in Baku
        assertThat(evenings.waitUntil(Instant.parse("2018-07-11T09:00:00Z"), BAKU)).isEmpty();
    }

    @Test
    void holdsAMessageDueLateInThePartnersEveningUntilTheNextMorning() {
        // 17:30 UTC is 21:30 in Baku: wait until 08:00 Baku the next day, 04:00 UTC
        assertThat(evenings.waitUntil(Instant.parse("2018-07-11T17:30:00Z"), BAKU))
                .contains(Instant.parse("2018-07-12T04:00:00Z"));
    }

    @Test
    void holdsAMessageDueBeforeDawnUntilThatMorning() {
        // 01:00 UTC is 05:00 in Baku: wait until 08:00 the same day
        assertThat(evenings.waitUntil(Instant.parse("2018-07-11T01:00:00Z"), BAKU))
                .contains(Instant.parse("2018-07-11T04:00:00Z"));
    }

    @Test
    void followsTheSameInstantToDifferentLocalHours() {
        Instant due = Instant.parse("2018-07-11T17:30:00Z"); // 21:30 in Baku, 19:30 in Paris
        assertThat(evenings.waitUntil(due, BAKU)).isPresent();
        assertThat(evenings.waitUntil(due, PARIS)).isEmpty();
    }

    @Test
    void endsAtTheLocalMorningAcrossAChangeOfClocks() {
        // the night of 24-25 March 2018 Paris moved from UTC+1 to UTC+2: 08:00 on the 25th is 06:00 UTC
        assertThat(evenings.waitUntil(Instant.parse("2018-03-24T22:00:00Z"), PARIS))
                .contains(Instant.parse("2018-03-25T06:00:00Z"));
    }

    @Test
    void handlesQuietHoursWithinOneDay() {
        QuietHours lunch = QuietHours.parse("12:00-14:00");
        assertThat(lunch.waitUntil(Instant.parse("2018-07-11T10:30:00Z"), PARIS)) // 12:30 in Paris
                .contains(Instant.parse("2018-07-11T12:00:00Z"));
        assertThat(lunch.waitUntil(Instant.parse("2018-07-11T12:00:00Z"), PARIS)).isEmpty(); // 14:00 in Paris
    }

    @Test
    void noneNeverHoldsAMessage() {
        assertThat(QuietHours.parse("none").waitUntil(Instant.parse("2018-07-11T23:00:00Z"), BAKU)).isEmpty();
    }
}
