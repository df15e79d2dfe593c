package org.demarche.intake.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.util.unit.DataSize;

/** The sample calendars under {@code src/test/resources/calendar}, and what reading them needs. */
public final class CalendarFixtures {

    /** "Now" in every test of calendar files: the samples' meetings lie after it. */
    public static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");

    /** A screen that lets every event through, as if each could be a meeting of leaders. */
    static final LeaderScreen EVERY_EVENT = new LeaderScreen(uid -> true, (title, attendees) -> true);

    static final CalendarProperties PROPERTIES = new CalendarProperties(DataSize.ofMegabytes(10), 100_000,
            Period.ofYears(1), LocalTime.of(9, 0), ZoneId.of("UTC"));

    private CalendarFixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = CalendarFixtures.class.getResourceAsStream("/calendar/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /calendar/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Reads a sample as bytes, as an upload is read: a few are not what a String would keep. */
    static CalendarReading.Result read(String name) {
        return read(bytes(name), PROPERTIES, EVERY_EVENT);
    }

    static CalendarReading.Result readText(String ics) {
        return readText(ics, PROPERTIES);
    }

    static CalendarReading.Result readText(String ics, CalendarProperties properties) {
        return read(ics.getBytes(StandardCharsets.UTF_8), properties, EVERY_EVENT);
    }

    static CalendarReading.Result read(byte[] file, CalendarProperties properties, LeaderScreen screen) {
        return CalendarReading.read(IcsReader.read(file, properties), properties, properties.horizonOrNull(), NOW, screen);
    }

    /** A minimal calendar around the given VEVENT lines (and any other components), lines joined with CRLF. */
    public static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Démarche tests//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }
}
