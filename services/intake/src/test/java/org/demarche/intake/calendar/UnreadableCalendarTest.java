package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.demarche.intake.calendar.CalendarFixtures.bytes;
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
    void refusesAFileCutOffInsideAnEvent() {
        assertThatThrownBy(() -> IcsReader.read(bytes("cut-off.ics"), CalendarFixtures.PROPERTIES))
                .isInstanceOf(UnreadableCalendarException.class)
                .hasMessage("the file is cut off: it ends inside the VEVENT begun on line 45, without END:VEVENT and "
                        + "END:VCALENDAR");
    }

    @Test
    void refusesAFileWithoutItsEndVcalendar() {
        assertThatThrownBy(() -> readText("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n"))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("without END:VCALENDAR");
    }

    @Test
    void refusesAnEndThatClosesAComponentOtherThanTheOneOpen() {
        assertThatThrownBy(() -> readText(calendar("BEGIN:VEVENT", "UID:x", "BEGIN:VALARM", "TRIGGER:-PT15M",
                "END:VEVENT", "END:VALARM")))
                .isInstanceOf(UnreadableCalendarException.class)
                .hasMessage("line 8 ends a VEVENT where the VALARM begun on line 6 should end first");
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
    void refusesAWindowsExportThatIsNotUtf8() {
        assertThatThrownBy(() -> IcsReader.read(bytes("windows-1252.ics"), CalendarFixtures.PROPERTIES))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("not UTF-8")
                .hasMessageContaining("line 8");
    }

    @Test
    void refusesABinaryFile() {
        assertThatThrownBy(() -> IcsReader.read(bytes("google-takeout.zip"), CalendarFixtures.PROPERTIES))
                .isInstanceOf(UnreadableCalendarException.class).hasMessageContaining("not text");
    }
}
