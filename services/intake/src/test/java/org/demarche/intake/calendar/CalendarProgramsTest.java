package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.intake.calendar.CalendarFixtures.read;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Calendar files in the shapes the programs that write them give them, oddities included. */
class CalendarProgramsTest {

    @Test
    void readsAnExchangeExportWhoseTimeZoneNameIsWrittenWithoutQuotesThoughItHoldsAColon() {
        CalendarReading.Result result = read("outlook-exchange.ics");

        assertThat(result.skipped()).isEmpty();
        CalendarEntry dinner = entry(result, "040000008200E00074C5B7101A82E0080000000050F1C3A9D6C8DB0100000000000000001"
                + "0000000A1B2C3D4E5F60718293A4B5C6D7E8F90");
        assertThat(dinner.startsAt()).isEqualTo(Instant.parse("2027-06-24T17:30:00Z"));
        assertThat(dinner.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(dinner.title()).isEqualTo("Arbeitsessen Merz – Macron");
        assertThat(dinner.attendees()).containsExactly("Friedrich Merz", "Emmanuel Macron", "Brigitte Dufour");
        CalendarEntry border = entry(result, "040000008200E00074C5B7101A82E00800000000D07E2B11D7C8DB0100000000000000001"
                + "0000000F0E1D2C3B4A5968778695A4B3C2D1E0F");
        assertThat(border.startsAt()).isEqualTo(Instant.parse("2027-09-09T06:00:00Z"));
        assertThat(border.zone()).isEqualTo(ZoneId.of("Asia/Baku"));
    }

    @Test
    void readsGoogleRdatesWrittenAsADayWithAUtcDesignatorAtTheTimeOfTheSeries() {
        CalendarReading.Result result = read("google-rdate.ics");

        assertThat(result.skipped()).isEmpty();
        assertThat(occurrencesOf(result, "6h2j8k4l0z9x7c5v3b1n8m6q4w@google.com")).containsExactly(
                "20270707T080000Z", "20270804T080000Z", "20270901T080000Z", // the rule, 10:00 in Brussels
                "20270915T080000Z", // RDATE:20270915Z, the day at the series' time
                "20271020T080000Z", // RDATE;VALUE=DATE:20271020
                "20271110T090000Z"); // RDATE:20271110T090000Z
        assertThat(occurrencesOf(result, "2t4y6u8i0o1p3a5s7d9f2g4h6j@google.com"))
                .containsExactly("20270622", "20270629", "20270713");
    }

    @Test
    void readsAnIosExportWhoseTimeZoneHasAnObservanceWithoutDtstartAndWhoseStructuredLocationQuotesColons() {
        CalendarReading.Result result = read("apple-ios.ics");

        assertThat(result.skipped()).isEmpty();
        CalendarEntry palace = entry(result, "0D4E2B7A-91C3-4F58-A6E2-7B3C5D9F1E08");
        assertThat(palace.startsAt()).as("the TZID is an IANA name: the zone is known without the VTIMEZONE")
                .isEqualTo(Instant.parse("2027-07-08T08:00:00Z"));
        assertThat(palace.city()).isEqualTo("İstanbul");
        assertThat(palace.title()).isEqualTo("Erdoğan receives Aliyev");
        assertThat(entry(result, "7B9C1D3E-5F60-4A2B-8C4D-6E8F0A1B3C5D").city()).isEqualTo("Ankara");
    }

    @Test
    void readsAThunderbirdExportWithMozillaZoneNamesAndAttendeesFoldedMidName() {
        CalendarReading.Result result = read("thunderbird.ics");

        assertThat(result.skipped()).isEmpty();
        CalendarEntry osce = entry(result, "8d1f6a2e-4b7c-4e90-a3d5-0c9b8e7f6a15");
        assertThat(osce.startsAt()).isEqualTo(Instant.parse("2027-12-02T13:30:00Z"));
        assertThat(osce.zone()).isEqualTo(ZoneId.of("Europe/Vienna"));
        assertThat(osce.attendees()).containsExactly("Christian Stocker", "Ilham Aliyev");
        assertThat(entry(result, "1c3e5a7b-9d2f-4a6c-8e0b-2d4f6a8c0e13").startsAt())
                .isEqualTo(Instant.parse("2027-09-30T07:00:00Z"));
    }

    @Test
    void readsAKOrganizerExportWithVendorPropertiesRfc5545DoesNotAllowAndLeavesThoseItCannotParseOut() {
        CalendarReading.Result result = read("korganizer.ics");

        assertThat(result.skipped()).isEmpty();
        CalendarEntry summit = entry(result, "KOrganizer-1897421263.842");
        assertThat(summit.attendees()).containsExactly("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev");
        assertThat(summit.startsAt()).isEqualTo(Instant.parse("2027-08-04T05:00:00Z"));
        CalendarEntry tbilisi = entry(result, "KOrganizer-2047719934.1017");
        assertThat(tbilisi.title()).as("a vendor line whose parameter has no value is left out; the event is whole")
                .isEqualTo("Kobakhidze – Erdoğan");
        assertThat(tbilisi.startsAt()).isEqualTo(Instant.parse("2027-10-19T08:00:00Z"));
    }

    @Test
    void skipsTheOneBrokenEventSayingWhyAndReadsTheOthers() {
        CalendarReading.Result result = read("one-broken-event.ics");

        assertThat(result.entries()).extracting(CalendarEntry::uid)
                .containsExactly("0f1e2d3c4b5a69788796a5b4c3@google.com", "5d4c3b2a1908f7e6d5c4b3a291@google.com");
        assertThat(result.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.uid()).isEqualTo("9a8b7c6d5e4f30211203f4e5d6@google.com");
            assertThat(skip.reason()).contains("ATTENDEE line (26)", "quoted value of parameter CN is not closed");
        });
    }

    @Test
    void restoresACharacterThatABookingSitesFoldingSplitInTwo() {
        CalendarReading.Result result = read("train-ticket.ics");

        assertThat(result.entries()).extracting(CalendarEntry::title).containsExactly(
                "Train Paris Gare de Lyon → Genève Cornavin – TGV Lyria 9763 – voiture 14, place 087",
                "Train Genève Cornavin → Paris Gare de Lyon – TGV Lyria 9784 – voiture 12, place 041");
    }

    @Test
    void readsAnOutlookStandUpWithItsExceptionAndExcludedDays() {
        CalendarReading.Result result = read("standup.ics");

        List<String> occurrences = occurrencesOf(result, result.entries().get(0).uid());
        assertThat(occurrences).contains("20270706T071500Z", "20270707T071500Z", "20271223T081500Z")
                .doesNotContain("20271224T081500Z", "20271231T081500Z");
        CalendarEntry moved = result.entries().stream().filter(e -> e.occurrence().equals("20270707T071500Z"))
                .findFirst().orElseThrow();
        assertThat(moved.localStart()).isEqualTo(LocalDateTime.parse("2027-07-07T10:00"));
    }

    private static List<String> occurrencesOf(CalendarReading.Result result, String uid) {
        return result.entries().stream().filter(e -> e.uid().equals(uid)).map(CalendarEntry::occurrence).sorted()
                .toList();
    }

    private static CalendarEntry entry(CalendarReading.Result result, String uid) {
        return result.entries().stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + uid + " in " + result.entries()
                        + " (skipped: " + result.skipped() + ")"));
    }
}
