package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.intake.calendar.CalendarFixtures.calendar;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineQuarantineTest {

    @Test
    void keepsOutALineIcal4jWouldStopAtAndNotesItOnItsEventWithItsLine() {
        IcsComponent event = event("X-KDE-kmail-Identity;X-KDE-DEFAULT:1702395241");

        assertThat(event.unreadable()).singleElement().satisfies(line -> {
            assertThat(line.property()).isEqualTo("X-KDE-KMAIL-IDENTITY");
            assertThat(line.line()).isEqualTo(7);
            assertThat(line.problem()).isEqualTo("parameter X-KDE-DEFAULT has no '=' and value");
        });
        assertThat(event.text("SUMMARY")).isEqualTo("Macron – Aliyev");
        assertThat(event.text("LOCATION")).isEqualTo("Paris");
    }

    @Test
    void quotesAnOutlookTimeZoneNameThatHoldsAColonSoThatTheParametersDoNotEndAtIt() {
        IcsProperty start = event("DTSTART;TZID=(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna;"
                + "X-MS-OLK-ORIGINAL=1:20270624T193000").property("DTSTART").orElseThrow();

        assertThat(start.parameter("TZID")).isEqualTo("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna");
        assertThat(start.parameter("X-MS-OLK-ORIGINAL")).isEqualTo("1");
        assertThat(start.value()).isEqualTo("20270624T193000");
    }

    @Test
    void keepsQuotedParameterValuesThatHoldColonsSemicolonsAndCommas() {
        IcsProperty location = event("X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=\"Rue de la Loi 175; 1048 "
                + "Brussels, Belgium\";X-TITLE=\"Justus Lipsius: Council\":geo:50.842,4.382")
                .property("X-APPLE-STRUCTURED-LOCATION").orElseThrow();

        assertThat(location.parameter("X-ADDRESS")).isEqualTo("Rue de la Loi 175; 1048 Brussels, Belgium");
        assertThat(location.parameter("X-TITLE")).isEqualTo("Justus Lipsius: Council");
        assertThat(location.value()).isEqualTo("geo:50.842,4.382");
    }

    @Test
    void readsAListOfQuotedValuesAsOneSinceIcal4jKeepsOnlyTheFirst() {
        IcsProperty attendee = event("ATTENDEE;DELEGATED-FROM=\"mailto:a@example.org\",\"mailto:b@example.org\";"
                + "CN=Ilham Aliyev:mailto:protocol@president.az.example").property("ATTENDEE").orElseThrow();

        assertThat(attendee.parameter("CN")).isEqualTo("Ilham Aliyev");
        assertThat(attendee.parameter("DELEGATED-FROM")).isEqualTo("mailto:a@example.org,mailto:b@example.org");
        assertThat(attendee.value()).isEqualTo("mailto:protocol@president.az.example");
    }

    /** Whatever a line holds, ical4j parses the rest of the file: the lines around it come through whole. */
    @ParameterizedTest
    @ValueSource(strings = {
            "X-KDE-FOO;X-KDE-BAR:1", "X-FOO;:1", ";X-FOO:1", ":no name", "=odd:1", "X-NO-COLON",
            "X-FOO;X-A=\"unclosed:1", "X-FOO;X-A=\"closed\"trailing:1", "X-FOO;X-A=un\"quoted\":1",
            "X-FOO;X-A=\"C:\\\\\":1", "X-FOO=BAR:1", "X-FOO\"BAR:1", "X-FOO;X\tA=1:1", "X-FOO;X\u0001A=1:1",
            "END;X=1:VEVENT", "BEGIN;X=1:VALARM", "X-FOO;X-A=:1", "X-FOO;X-A=a,b,\"c\";X-B=(x:y):1",
            "X-KDE-Akonadi_Id.x:1", "X-FOO;X-A=CAESvAEaEgk+/xI==:1", "X-FOO;X-A=\"a\\\"b\":1", "X-FOO;X-A=(open:1"})
    void neverLetsALineThroughThatStopsIcal4jOrSwallowsItsNeighbours(String odd) {
        IcsComponent event = event(odd);

        assertThat(event.text("SUMMARY")).isEqualTo("Macron – Aliyev");
        assertThat(event.text("LOCATION")).isEqualTo("Paris");
        assertThat(event.text("UID")).isEqualTo("q1");
        assertThat(event.properties()).extracting(IcsProperty::name).doesNotContain("BEGIN", "END");
    }

    @Test
    void numbersTheLinesAsTheFileDoesThoughFoldsJoinThem() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:f1\r\nSUMMARY:Macron – \r\n Aliyev\r\n"
                + "DESCRIPTION:long\r\n text\r\n folded\r\nX-BROKEN;X-NO-VALUE:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        IcsComponent event = read(ics).components("VEVENT").get(0);

        assertThat(event.text("SUMMARY")).isEqualTo("Macron – Aliyev");
        assertThat(event.unreadable()).extracting(IcsComponent.UnreadableLine::line).containsExactly(10);
    }

    @Test
    void readsBeginAndEndWrittenInLowerCaseOrWithSpaces() {
        IcsComponent calendar = read("begin:vcalendar\nversion:2.0\nbegin:vevent\nuid:l1\nsummary:Macron\nend:vevent \n"
                + "end:vcalendar\n");

        assertThat(calendar.components("VEVENT")).singleElement()
                .satisfies(event -> assertThat(event.text("UID")).isEqualTo("l1"));
    }

    @Test
    void leavesOutWhatComesBeforeAndAfterTheCalendar() {
        IcsComponent calendar = read("Forwarded message\r\n\r\n" + calendar("BEGIN:VEVENT", "UID:w1",
                "SUMMARY:Macron", "END:VEVENT") + "-- \r\nSent from my phone\r\n");

        assertThat(calendar.components("VEVENT")).hasSize(1);
        assertThat(calendar.unreadable()).isEmpty();
    }

    private static IcsComponent event(String oddLine) {
        IcsComponent calendar = read(calendar("BEGIN:VEVENT", "UID:q1", "SUMMARY:Macron – Aliyev", oddLine,
                "LOCATION:Paris", "END:VEVENT"));
        return calendar.components("VEVENT").get(0);
    }

    private static IcsComponent read(String ics) {
        return IcsReader.read(ics.getBytes(StandardCharsets.UTF_8), CalendarFixtures.PROPERTIES);
    }
}
