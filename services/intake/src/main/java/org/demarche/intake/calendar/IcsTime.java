package org.demarche.intake.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A DATE or DATE-TIME value as written, before it is placed in a zone: a day (all-day), a local
 * time with a TZID, a UTC time ({@code Z}) or a floating local time (no zone at all).
 *
 * @param local the wall-clock time; midnight for a day
 * @param tzid  the TZID parameter, for a zoned time only
 */
record IcsTime(Kind kind, LocalDateTime local, String tzid) {

    enum Kind { DAY, ZONED, UTC, FLOATING }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    boolean isDay() {
        return kind == Kind.DAY;
    }

    /** The property's value, or every value of a list (EXDATE, RDATE); PERIOD values are read by their start. */
    static List<IcsTime> all(IcsProperty property, String where) {
        List<IcsTime> times = new ArrayList<>();
        for (String value : property.value().split(",")) {
            String start = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
            times.add(parse(start.strip(), property.parameter("VALUE"), property.parameter("TZID"),
                    property.name(), where));
        }
        return times;
    }

    static IcsTime of(IcsProperty property, String where) {
        return parse(property.value().strip(), property.parameter("VALUE"), property.parameter("TZID"),
                property.name(), where);
    }

    /**
     * An RDATE's or EXDATE's time read as its series' DTSTART is written, as calendar programs read
     * it: a day in a series of timed occurrences is that day at the DTSTART's time, and a time
     * without a zone in a series with one is in that zone.
     */
    IcsTime alignedWith(IcsTime start) {
        if (kind == Kind.DAY && !start.isDay()) {
            return new IcsTime(start.kind, local.toLocalDate().atTime(start.local.toLocalTime()), start.tzid);
        }
        if (kind == Kind.FLOATING && start.kind == Kind.ZONED) {
            return new IcsTime(Kind.ZONED, local, start.tzid);
        }
        return this;
    }

    /** @throws UnreadableComponentException for a value that is no RFC 5545 date or date-time */
    private static IcsTime parse(String value, String valueType, String tzid, String propertyName, String where) {
        try {
            // Google writes some RDATEs of all-day series as a day with a UTC designator: 20131210Z.
            if (value.length() == 8 || value.length() == 9 && isUtc(value) || "DATE".equalsIgnoreCase(valueType)) {
                return new IcsTime(Kind.DAY, LocalDate.parse(value.substring(0, 8), DATE).atStartOfDay(), null);
            }
            if (isUtc(value)) {
                return new IcsTime(Kind.UTC, LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME), null);
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            return tzid == null || tzid.isBlank() ? new IcsTime(Kind.FLOATING, local, null)
                    : new IcsTime(Kind.ZONED, local, tzid.strip());
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new UnreadableComponentException(propertyName + " '" + value + "' of " + where
                    + " is not an iCalendar date (20180720) or date-time (20180720T110000, 20180720T090000Z)");
        }
    }

    private static boolean isUtc(String value) {
        return value.endsWith("Z") || value.endsWith("z");
    }
}
