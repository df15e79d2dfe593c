package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MeetingCountdownTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant MEETING = Instant.parse("2018-07-20T09:00:00Z"); // 11:00 in Paris

    @Test
    void saysTodayOnTheDayOfTheMeetingBeforeAndAfterIt() {
        assertThat(MeetingCountdown.days(MEETING, PARIS, Instant.parse("2018-07-19T22:00:00Z"))).isZero();
        assertThat(MeetingCountdown.days(MEETING, PARIS, Instant.parse("2018-07-20T20:00:00Z"))).isZero();
    }

    @Test
    void countsWholeCalendarDaysAhead() {
        assertThat(MeetingCountdown.days(MEETING, PARIS, Instant.parse("2018-07-17T06:00:00Z"))).isEqualTo(3);
        assertThat(MeetingCountdown.days(MEETING, PARIS, Instant.parse("2018-07-19T21:59:00Z"))).isEqualTo(1);
    }

    @Test
    void countsCalendarDaysOfTheMeetingsZoneNotTwentyFourHourPeriods() {
        // 23:30 on the 18th in Paris is 33.5 hours before the meeting, but two dates before it
        assertThat(MeetingCountdown.days(MEETING, PARIS, Instant.parse("2018-07-18T21:30:00Z"))).isEqualTo(2);
        // the same instant is already the 19th in Baku
        assertThat(MeetingCountdown.days(MEETING, ZoneId.of("Asia/Baku"), Instant.parse("2018-07-18T21:30:00Z")))
                .isEqualTo(1);
    }

    @Test
    void countsDaysSinceAMeetingThatHasPassed() {
        assertThat(MeetingCountdown.days(MEETING, PARIS, Instant.parse("2018-07-21T08:00:00Z"))).isEqualTo(-1);
        assertThat(MeetingCountdown.days(MEETING, PARIS, Instant.parse("2018-07-22T12:00:00Z"))).isEqualTo(-2);
    }
}
