package org.demarche.platform.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way pages show a moment: weekday, day, month, year and time to the minute in the page's
 * language, then the zone's abbreviation — "Fri 11 Dec 2026, 11:00 CET",
 * "ven. 11 déc. 2026, 11:00 CET". The zone is the one the moment belongs to (a meeting's), named
 * the same in every language so that a reader can compare pages. Days alone read "Fri 11 Dec 2026".
 * Available to templates as the bean {@code displayTimes} ({@code ${@displayTimes.moment(...)}}).
 */
public final class DisplayTimes {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String DAY = "EEE d MMM yyyy";
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final Map<Locale, DateTimeFormatter> moments = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> days = new ConcurrentHashMap<>();

    /** e.g. "Fri 11 Dec 2026, 11:00 CET"; empty for no moment. */
    public String moment(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return moments.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(DAY + ", HH:mm", l)).format(local)
                + " " + ZONE.format(local);
    }

    /** The same in a zone named by its id; UTC for none or an unknown one. */
    public String moment(Instant instant, String zone, Locale locale) {
        return moment(instant, zone(zone), locale);
    }

    /** e.g. "Fri 11 Dec 2026": the day of a moment in a zone. */
    public String day(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate(), locale);
    }

    /** e.g. "Fri 11 Dec 2026". */
    public String day(LocalDate date, Locale locale) {
        return date == null ? "" : days.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(DAY, l)).format(date);
    }

    /** A zone by its id, UTC when there is none or it is unknown (e.g. a row projected before zones were kept). */
    public static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return UTC;
        }
    }
}
