package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.demarche.intake.calendar.CalendarFixtures.calendar;
import static org.demarche.intake.calendar.CalendarFixtures.readText;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class UnreadableCalendarTest {

    @Test
    void refusesAFileWithoutVcalendar() {
        assertThatThrownBy(() -> readText("BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n"))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("VCALENDAR");
        assertThatThrownBy(() -> readText("{\"results\": []}"))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("VCALENDAR");
    }

    @Test
    void refusesABadDateNamingTheEvent() {
        assertThatThrownBy(() -> readText(calendar("BEGIN:VEVENT", "UID:bad-date", "DTSTART:2027-07-05 11:00",
                "SUMMARY:Aliyev – Macron", "END:VEVENT")))
                .isInstanceOf(UnreadableCalendarException.class)
                .hasMessageContaining("bad-date").hasMessageContaining("2027-07-05 11:00");
    }

    @Test
    void refusesBrokenSyntax() {
        assertThatThrownBy(() -> readText("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"))
                .isInstanceOf(UnreadableCalendarException.class);
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        CalendarProperties small = new CalendarProperties(DataSize.ofBytes(200), 100_000, Period.ofYears(1),
                LocalTime.of(9, 0), ZoneId.of("UTC"));

        assertThatThrownBy(() -> readText(calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20270705T090000Z",
                "SUMMARY:" + "x".repeat(300), "END:VEVENT"), small))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("200");
    }

    @Test
    void refusesMoreEventsThanTheLimitCountingOccurrences() {
        CalendarProperties few = new CalendarProperties(DataSize.ofMegabytes(10), 10, Period.ofYears(1),
                LocalTime.of(9, 0), ZoneId.of("UTC"));

        assertThatThrownBy(() -> readText(calendar("BEGIN:VEVENT", "UID:daily", "DTSTART:20270605T090000Z",
                "RRULE:FREQ=DAILY;COUNT=30", "SUMMARY:Aliyev – Macron", "END:VEVENT"), few))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("more than 10 events");
    }

    @Test
    void refusesAnOpenEndedRuleWhenNoHorizonIsSet() {
        CalendarProperties noHorizon = new CalendarProperties(DataSize.ofMegabytes(10), 100_000, Period.ZERO,
                LocalTime.of(9, 0), ZoneId.of("UTC"));

        assertThatThrownBy(() -> readText(calendar("BEGIN:VEVENT", "UID:weekly", "DTSTART:20270605T090000Z",
                "RRULE:FREQ=WEEKLY", "SUMMARY:Aliyev – Macron", "END:VEVENT"), noHorizon))
                .isInstanceOf(UnreadableCalendarException.class)
                .hasMessageContaining("neither COUNT nor UNTIL").hasMessageContaining("weekly");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = calendar("BEGIN:VEVENT", "UID:x", "DTSTART:20270705T090000Z", "SUMMARY:Élysée", "END:VEVENT")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> IcsReader.read(latin1, CalendarFixtures.PROPERTIES))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("UTF-8");
    }
}
