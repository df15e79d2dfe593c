package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.intake.calendar.CalendarFixtures.bytes;
import static org.demarche.intake.calendar.CalendarFixtures.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.demarche.intake.heads.HeadOfState;
import org.demarche.intake.heads.ParticipantRecognition.Recogniser;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class LeaderScreenTest {

    private static final Recogniser HEADS = Recogniser.of(List.of(
            new HeadOfState("fr-macron", "Emmanuel Macron", "President of the French Republic", "FR", List.of(), true),
            new HeadOfState("az-aliyev", "Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ",
                    List.of("Aliyev", "Aliev"), true)));
    private static final LeaderScreen SCREEN = screen(Set.of());

    @Test
    void skipsEveryEntryOfABirthdayCalendarAsNotAMeetingOfLeaders() {
        CalendarReading.Result result = read(bytes("birthdays.ics"), SCREEN);

        assertThat(result.entries()).isEmpty();
        assertThat(result.series()).isEmpty();
        assertThat(result.skipped()).hasSize(5)
                .allSatisfy(skip -> assertThat(skip.reason()).startsWith("not a meeting of leaders"));
        assertThat(result.notMeetingsOfLeaders()).hasSize(5);
    }

    @Test
    void skipsADailyStandUpOnceWithoutExpandingItsOccurrences() {
        CalendarProperties fewEvents = new CalendarProperties(DataSize.ofMegabytes(10), 10, Period.ofYears(1),
                LocalTime.of(9, 0), ZoneId.of("UTC"));

        CalendarReading.Result result = CalendarFixtures.read(bytes("standup.ics"), fewEvents, SCREEN);

        assertThat(result.entries()).isEmpty();
        assertThat(result.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.uid()).startsWith("040000008200E00074C5B7101A82E00800000000A0C9E4F21CA6D4");
            assertThat(skip.reason()).contains("not a meeting of leaders", "name a known head of state or government");
        });
    }

    @Test
    void skipsTrainTicketsAsNotMeetingsOfLeaders() {
        assertThat(read(bytes("train-ticket.ics"), SCREEN).notMeetingsOfLeaders())
                .containsExactly("PNR-QXTR7M-OUT@booking.rail.example", "PNR-QXTR7M-RET@booking.rail.example");
    }

    @Test
    void readsAnEventThatNamesALeaderInItsTitleOrAmongItsAttendees() {
        CalendarReading.Result result = read(calendar(
                "BEGIN:VEVENT", "UID:t1", "DTSTART:20270705T090000Z", "SUMMARY:Macron – Aliyev", "END:VEVENT",
                "BEGIN:VEVENT", "UID:a1", "DTSTART:20270706T090000Z", "SUMMARY:Bilateral",
                "ATTENDEE;CN=Ilham Aliyev:mailto:protocol@president.az.example", "END:VEVENT"), SCREEN);

        assertThat(result.entries()).extracting(CalendarEntry::uid).containsExactly("t1", "a1");
    }

    @Test
    void readsAnEventThatNamesOnlyACountrySoThatACoordinatorCanNameItsParticipants() {
        CalendarReading.Result result = read(calendar("BEGIN:VEVENT", "UID:c1", "DTSTART:20270705T090000Z",
                "SUMMARY:Official visit from Azerbaijan", "END:VEVENT"), SCREEN);

        assertThat(result.entries()).extracting(CalendarEntry::uid).containsExactly("c1");
    }

    @Test
    void readsAnEventThatGivesItsParticipantsWhateverItsTitleSays() {
        CalendarReading.Result result = read(calendar("BEGIN:VEVENT", "UID:p1", "DTSTART:20270705T090000Z",
                "SUMMARY:Lunch", "X-DEMARCHE-PARTICIPANTS:Jeyhun Bayramov|Minister of Foreign Affairs|AZ", "END:VEVENT"),
                SCREEN);

        assertThat(result.entries()).extracting(CalendarEntry::uid).containsExactly("p1");
    }

    @Test
    void readsAnEventThatIsAlreadyAMeetingThoughItsTitleNamesNoOne() {
        String lunch = calendar("BEGIN:VEVENT", "UID:m1", "DTSTART:20270705T090000Z", "SUMMARY:Lunch", "END:VEVENT");

        assertThat(read(lunch, screen(Set.of("m1"))).entries()).extracting(CalendarEntry::uid).containsExactly("m1");
        assertThat(read(lunch, SCREEN).entries()).isEmpty();
    }

    @Test
    void skipsAYearlyAllDayEventEvenWhenItNamesALeaderOrACountry() {
        CalendarReading.Result result = read(calendar("BEGIN:VEVENT", "UID:y1", "DTSTART;VALUE=DATE:20180528",
                "RRULE:FREQ=YEARLY", "SUMMARY:Azerbaijan – Independence Day", "END:VEVENT"), SCREEN);

        assertThat(result.skipped()).singleElement()
                .satisfies(skip -> assertThat(skip.reason()).contains("yearly all-day event"));
    }

    private static LeaderScreen screen(Set<String> meetings) {
        return new LeaderScreen(meetings::contains, HEADS::namesLeaderOrCountry);
    }

    private static CalendarReading.Result read(String ics, LeaderScreen screen) {
        return read(ics.getBytes(StandardCharsets.UTF_8), screen);
    }

    private static CalendarReading.Result read(byte[] file, LeaderScreen screen) {
        return CalendarFixtures.read(file, CalendarFixtures.PROPERTIES, screen);
    }
}
