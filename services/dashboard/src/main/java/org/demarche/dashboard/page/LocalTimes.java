package org.demarche.dashboard.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as leads read them: in the meeting's zone, in the page's language, without seconds. */
final class LocalTimes {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private LocalTimes() {
    }

    /** The meeting's zone, or UTC for a campaign projected before the dashboard kept it. */
    static ZoneId zone(String timeZone) {
        if (timeZone == null) {
            return UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return UTC;
        }
    }

    /** e.g. "Fri 20 Jul 2018, 11:00", "ven. 20 juil. 2018, 11:00". */
    static String dayAndTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).format(instant.atZone(zone));
    }

    /** e.g. "Wed 18 Jul 2018", "mer. 18 juil. 2018". */
    static String day(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale).format(instant.atZone(zone));
    }
}
