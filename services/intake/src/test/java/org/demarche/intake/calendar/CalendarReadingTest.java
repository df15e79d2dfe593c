package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.intake.calendar.CalendarFixtures.calendar;
import static org.demarche.intake.calendar.CalendarFixtures.read;
import static org.demarche.intake.calendar.CalendarFixtures.readText;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.demarche.events.Participant;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class CalendarReadingTest {

    @Test
    void placesAGoogleEventWithAnIanaTzidInItsCity() {
        CalendarEntry entry = entry(read("google-calendar.ics"), "5q1r0hkd6b2v8n0e7c3m4a9f1s@google.com");

        assertThat(entry.startsAt()).isEqualTo(Instant.parse("2027-07-15T09:00:00Z"));
        assertThat(entry.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(entry.localStart()).isEqualTo(LocalDateTime.parse("2027-07-15T11:00"));
        assertThat(entry.city()).isEqualTo("Paris");
        assertThat(entry.knownCity()).isTrue();
        assertThat(entry.title()).isEqualTo("Macron – Aliyev");
        assertThat(entry.occurrence()).isEmpty();
    }

    @Test
    void placesAnAllDayEventAtTheDefaultHourInTheCitysZone() {
        CalendarEntry entry = entry(read("google-calendar.ics"), "0b7k3c9e2r5t8y1u4i6o0p2a3s@google.com");

        assertThat(entry.allDay()).isTrue();
        assertThat(entry.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(entry.localStart()).isEqualTo(LocalDateTime.parse("2027-09-10T09:00"));
        assertThat(entry.startsAt()).isEqualTo(Instant.parse("2027-09-10T07:00:00Z"));
    }

    @Test
    void keepsTheMomentOfAUtcTimeAndShowsItInTheCitysZone() {
        CalendarEntry entry = entry(read("google-calendar.ics"), "7d2f9g4h1j8k5l3z6x0c2v9b1n@google.com");

        assertThat(entry.startsAt()).isEqualTo(Instant.parse("2027-09-20T13:00:00Z"));
        assertThat(entry.zone()).isEqualTo(ZoneId.of("Asia/Almaty"));
        assertThat(entry.city()).isEqualTo("Astana");
        assertThat(entry.localStart()).isEqualTo(LocalDateTime.ofInstant(entry.startsAt(), ZoneId.of("Asia/Almaty")));
    }

    @Test
    void expandsARecurringSeriesWithoutItsExdateAndWithItsMovedOccurrence() {
        CalendarReading.Result result = read("google-calendar.ics");
        List<CalendarEntry> talks = result.entries().stream()
                .filter(e -> e.uid().equals("3m8n1b6v4c2x9z7l5k0j3h8g6f@google.com")).toList();

        assertThat(talks).extracting(CalendarEntry::occurrence)
                .containsExactlyInAnyOrder("20270706T080000Z", "20271005T080000Z", "20270907T080000Z");
        CalendarEntry moved = talks.stream().filter(e -> e.occurrence().equals("20270907T080000Z")).findFirst().orElseThrow();
        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2027-09-08T12:00:00Z"));
        assertThat(moved.originalStart()).isEqualTo(Instant.parse("2027-09-07T08:00:00Z"));
        assertThat(moved.title()).contains("moved to Wednesday");
        assertThat(talks).allSatisfy(e -> assertThat(e.zone()).isEqualTo(ZoneId.of("Europe/Zurich")));
        assertThat(result.series()).singleElement().satisfies(series -> {
            assertThat(series.occurrences()).containsExactlyInAnyOrder("20270706T080000Z", "20271005T080000Z",
                    "20270907T080000Z");
            assertThat(series.sequence()).isEqualTo(1);
        });
    }

    @Test
    void keepsALooseCityWhenTheLocationNamesNoKnownOneAndTheZoneOfTheEvent() {
        CalendarEntry call = entry(read("google-calendar.ics"), "9a8s7d6f5g4h3j2k1l0q9w8e7r@google.com");

        assertThat(call.city()).isEqualTo("Zoom");
        assertThat(call.knownCity()).isFalse();
        assertThat(call.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(call.startsAt()).isEqualTo(Instant.parse("2027-07-22T14:00:00Z"));
    }

    @Test
    void readsAnOutlookRequestInAWindowsZoneWithItsAttendees() {
        CalendarEntry entry = read("outlook-request.ics").entries().get(0);

        assertThat(entry.uid()).startsWith("040000008200E00074C5B7101A82E008").endsWith("3A4B5C6D");
        assertThat(entry.startsAt()).isEqualTo(Instant.parse("2027-10-12T13:00:00Z"));
        assertThat(entry.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(entry.attendees()).containsExactly("Emmanuel Macron", "Ilham Aliyev", "Brigitte Dufour");
        assertThat(entry.cancelled()).isFalse();
        assertThat(entry.sequence()).isZero();
    }

    @Test
    void readsAnOutlookCancellationAsCancelled() {
        CalendarEntry entry = read("outlook-cancel.ics").entries().get(0);

        assertThat(entry.cancelled()).isTrue();
        assertThat(entry.sequence()).isEqualTo(2);
    }

    @Test
    void givesTheSameOutlookEventTheSameIdentityWhenItMoves() {
        CalendarEntry first = read("outlook-request.ics").entries().get(0);
        CalendarEntry moved = read("outlook-moved.ics").entries().get(0);

        assertThat(moved.uid()).isEqualTo(first.uid());
        assertThat(moved.occurrence()).isEqualTo(first.occurrence());
        assertThat(moved.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2027-10-14T08:00:00Z"));
    }

    @Test
    void readsAppleEventsWithExplicitParticipantsFloatingTimesAndDays() {
        CalendarReading.Result result = read("apple-calendar.ics");

        CalendarEntry stateVisit = entry(result, "8F2D7C1A-3B4E-4F5A-9C6D-2E1F0A9B8C7D");
        assertThat(stateVisit.city()).isEqualTo("Baku");
        assertThat(stateVisit.startsAt()).isEqualTo(Instant.parse("2027-08-26T07:00:00Z"));
        assertThat(stateVisit.explicitParticipants()).containsExactly(
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"),
                new Participant("Recep Tayyip Erdoğan", "President of the Republic of Türkiye", "TR"));

        CalendarEntry floating = entry(result, "C4A1E2F3-5B6C-4D7E-8F90-1A2B3C4D5E6F");
        assertThat(floating.zone()).as("a floating time is the city's wall clock").isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(floating.localStart()).isEqualTo(LocalDateTime.parse("2027-09-15T10:00"));

        CalendarEntry day = entry(result, "E9F8A7B6-C5D4-4E3F-A2B1-0C9D8E7F6A5B");
        assertThat(day.zone()).isEqualTo(ZoneId.of("Europe/Istanbul"));
        assertThat(day.startsAt()).isEqualTo(Instant.parse("2027-11-02T06:00:00Z"));
    }

    @Test
    void readingTheSameFileTwiceGivesTheSameFingerprints() {
        assertThat(read("google-calendar.ics").entries()).extracting(CalendarEntry::fingerprint)
                .containsExactlyElementsOf(read("google-calendar.ics").entries().stream()
                        .map(CalendarEntry::fingerprint).toList());
    }

    @Test
    void resolvesAWindowsZoneNameWithoutAVtimezone() {
        CalendarEntry entry = readText(calendar("BEGIN:VEVENT", "UID:w1",
                "DTSTART;TZID=W. Europe Standard Time:20270705T090000", "SUMMARY:Merz – Macron", "LOCATION:Zoom",
                "END:VEVENT")).entries().get(0);

        assertThat(entry.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(entry.startsAt()).isEqualTo(Instant.parse("2027-07-05T07:00:00Z"));
    }

    @Test
    void resolvesAWindowsDisplayNameByItsCities() {
        CalendarEntry entry = readText(calendar("BEGIN:VEVENT", "UID:w2",
                "DTSTART;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\":20270105T090000",
                "SUMMARY:Merz – Macron", "END:VEVENT")).entries().get(0);

        assertThat(entry.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(entry.startsAt()).isEqualTo(Instant.parse("2027-01-05T08:00:00Z"));
        assertThat(entry.city()).isNull();
    }

    @Test
    void placesTimesInAZoneDefinedOnlyByTheFilesVtimezone() {
        CalendarEntry entry = readText(calendar("BEGIN:VTIMEZONE", "TZID:Customized Time Zone",
                "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD",
                "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:c1", "DTSTART;TZID=Customized Time Zone:20270705T110000",
                "SUMMARY:Aliyev – Macron", "LOCATION:Ganja", "END:VEVENT")).entries().get(0);

        assertThat(entry.startsAt()).isEqualTo(Instant.parse("2027-07-05T07:00:00Z"));
        assertThat(entry.zone()).isEqualTo(ZoneId.of("Asia/Baku"));
    }

    @Test
    void skipsAnEventWhoseTzidNobodyKnowsAndSaysWhy() {
        CalendarReading.Result result = readText(calendar("BEGIN:VEVENT", "UID:u1",
                "DTSTART;TZID=Atlantis Standard Time:20270705T110000", "SUMMARY:Aliyev – Macron", "END:VEVENT"));

        assertThat(result.entries()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.uid()).isEqualTo("u1");
            assertThat(skip.reason()).contains("Atlantis Standard Time");
        });
    }

    @Test
    void skipsAnEventWhoseDateIsNoDateNamingTheValueAndReadsTheOthers() {
        CalendarReading.Result result = readText(calendar(
                "BEGIN:VEVENT", "UID:bad-date", "DTSTART:2027-07-05 11:00", "SUMMARY:Aliyev – Macron", "END:VEVENT",
                "BEGIN:VEVENT", "UID:good", "DTSTART:20270706T090000Z", "SUMMARY:Aliyev – Macron", "END:VEVENT"));

        assertThat(result.entries()).extracting(CalendarEntry::uid).containsExactly("good");
        assertThat(result.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.uid()).isEqualTo("bad-date");
            assertThat(skip.reason()).contains("DTSTART '2027-07-05 11:00'", "is not an iCalendar date");
        });
    }

    @Test
    void skipsAnOpenEndedRuleWhenNoHorizonIsSetSayingHowToSetOne() {
        CalendarProperties noHorizon = new CalendarProperties(DataSize.ofMegabytes(10), 100_000, Period.ZERO,
                LocalTime.of(9, 0), ZoneId.of("UTC"));

        CalendarReading.Result result = readText(calendar("BEGIN:VEVENT", "UID:weekly", "DTSTART:20270605T090000Z",
                "RRULE:FREQ=WEEKLY", "SUMMARY:Aliyev – Macron", "END:VEVENT"), noHorizon);

        assertThat(result.entries()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(skip -> assertThat(skip.reason())
                .contains("neither COUNT nor UNTIL", "?horizon=P1Y"));
    }

    @Test
    void skipsOnlyTheEventsPlacedInAVtimezoneThatCannotBeRead() {
        CalendarReading.Result result = readText(calendar("BEGIN:VTIMEZONE", "TZID:Customized Time Zone",
                "BEGIN:STANDARD", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
                "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:custom", "DTSTART;TZID=Customized Time Zone:20270705T110000",
                "SUMMARY:Aliyev – Macron", "END:VEVENT",
                "BEGIN:VEVENT", "UID:paris", "DTSTART;TZID=Europe/Paris:20270705T110000",
                "SUMMARY:Aliyev – Macron", "END:VEVENT"));

        assertThat(result.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.uid()).isEqualTo("paris");
            assertThat(entry.startsAt()).as("by the IANA name, not the broken VTIMEZONE")
                    .isEqualTo(Instant.parse("2027-07-05T09:00:00Z"));
        });
        assertThat(result.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.uid()).isEqualTo("custom");
            assertThat(skip.reason()).contains("Customized Time Zone", "observance without DTSTART");
        });
    }

    @Test
    void readsARecurrenceRuleWithAPartOfItsOwnAsIcal4jsRelaxedParsingAllows() {
        CalendarReading.Result result = readText(calendar("BEGIN:VEVENT", "UID:evolution-1",
                "DTSTART;TZID=Europe/Paris:20270705T110000",
                "RRULE:FREQ=WEEKLY;COUNT=2;X-EVOLUTION-ENDDATE=20270712T090000Z", "SUMMARY:Aliyev – Macron",
                "END:VEVENT"));

        assertThat(result.entries()).extracting(CalendarEntry::occurrence)
                .containsExactly("20270705T090000Z", "20270712T090000Z");
    }

    @Test
    void readsMethodCancelAsTheCancellationOfEveryEventInTheFile() {
        CalendarReading.Result result = readText("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\n"
                + "BEGIN:VEVENT\r\nUID:m1\r\nSEQUENCE:3\r\nDTSTART:20270705T090000Z\r\nSUMMARY:Aliyev – Macron\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n");

        assertThat(result.entries()).singleElement().satisfies(e -> assertThat(e.cancelled()).isTrue());
    }

    @Test
    void namesAnExplicitParticipantsPropertyItCannotRead() {
        CalendarEntry entry = readText(calendar("BEGIN:VEVENT", "UID:x1", "DTSTART:20270705T090000Z",
                "SUMMARY:Talks", "X-DEMARCHE-PARTICIPANTS:Ilham Aliyev|President|AZ\\;Emmanuel Macron", "END:VEVENT"))
                .entries().get(0);

        assertThat(entry.explicitParticipants()).isNull();
        assertThat(entry.participantsProblem()).contains("item 2", "Name|Title|CC");
    }

    private static CalendarEntry entry(CalendarReading.Result result, String uid) {
        return result.entries().stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + uid + " in " + result.entries()
                        + " (skipped: " + result.skipped() + ")"));
    }
}
