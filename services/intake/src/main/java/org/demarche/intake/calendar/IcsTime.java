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

    /** @throws UnreadableCalendarException for a value that is no RFC 5545 date or date-time */
    private static IcsTime parse(String value, String valueType, String tzid, String propertyName, String where) {
        try {
            if (value.length() == 8 || "DATE".equalsIgnoreCase(valueType)) {
                return new IcsTime(Kind.DAY, LocalDate.parse(value, DATE).atStartOfDay(), null);
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return new IcsTime(Kind.UTC, LocalDateTime.parse(value.substring(0, value.length() - 1), DATE_TIME), null);
            }
            LocalDateTime local = LocalDateTime.parse(value, DATE_TIME);
            return tzid == null || tzid.isBlank() ? new IcsTime(Kind.FLOATING, local, null)
                    : new IcsTime(Kind.ZONED, local, tzid.strip());
        } catch (DateTimeParseException e) {
            throw new UnreadableCalendarException(propertyName + " '" + value + "' of " + where
                    + " is not an iCalendar date (20180720) or date-time (20180720T110000, 20180720T090000Z)");
        }
    }
}
