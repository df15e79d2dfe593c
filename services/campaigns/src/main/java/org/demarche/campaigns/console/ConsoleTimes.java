package org.demarche.campaigns.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import org.demarche.platform.page.DisplayTimes;

/**
 * Moments as coordinators read and type them: in the meeting's zone, in the page's language, to the
 * minute. They read as on every page of every service ({@link DisplayTimes}).
 */
public final class ConsoleTimes {

    private static final DisplayTimes DISPLAY = new DisplayTimes();
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ConsoleTimes() {
    }

    /** e.g. "Wed 18 Jul 2018, 11:00 CEST" or "mer. 18 juil. 2018, 11:00 CEST". */
    public static String text(Instant instant, ZoneId zone, Locale locale) {
        return DISPLAY.moment(instant, zone, locale);
    }

    /** The value of a {@code datetime-local} field showing this moment in the zone. */
    public static String field(Instant instant, ZoneId zone) {
        return instant == null ? "" : FIELD.format(instant.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * A {@code datetime-local} value in the zone, as ISO-8601 with its offset (what the API takes);
     * empty when the field is blank or not a date and time.
     */
    public static Optional<String> withOffset(String local, ZoneId zone) {
        if (local == null || local.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(local.strip()).atZone(zone).toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static ZoneId zone(String timeZone) {
        return DisplayTimes.zone(timeZone);
    }
}
