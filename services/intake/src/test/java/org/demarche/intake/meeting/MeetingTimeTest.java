package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class MeetingTimeTest {

    @Test
    void placesALocalTimeInItsOwnZone() {
        assertThat(MeetingTime.parse("2018-07-20T11:00", "Europe/Paris").instant())
                .isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));
        assertThat(MeetingTime.parse("2018-07-20T11:00", "Asia/Baku").instant())
                .isEqualTo(Instant.parse("2018-07-20T07:00:00Z"));
    }

    @Test
    void refusesATimeSkippedByTheSpringDaylightSavingChange() {
        assertThatThrownBy(() -> MeetingTime.parse("2018-03-25T02:30", "Europe/Paris").instant())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("startsAt")
                .hasMessageContaining("does not exist in Europe/Paris")
                .hasMessageContaining("daylight-saving");
    }

    @Test
    void refusesATimeRepeatedByTheAutumnDaylightSavingChange() {
        assertThatThrownBy(() -> MeetingTime.parse("2018-10-28T02:30", "Europe/Paris").instant())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("startsAt")
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("+02:00")
                .hasMessageContaining("+01:00");
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThatThrownBy(() -> MeetingTime.parse("2018-07-20T11:00", "Europe/Atlantis"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("timeZone")
                .hasMessageContaining("Europe/Atlantis");
    }

    @Test
    void refusesAFixedOffsetInsteadOfAZoneName() {
        assertThatThrownBy(() -> MeetingTime.parse("2018-07-20T11:00", "+02:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("timeZone");
    }

    @Test
    void refusesAnUnparseableTime() {
        assertThatThrownBy(() -> MeetingTime.parse("20 July 2018, 11am", "Europe/Paris"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("startsAt")
                .hasMessageContaining("20 July 2018, 11am");
    }
}
