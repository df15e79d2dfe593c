package org.demarche.dashboard.page;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as leads read them: in the meeting's zone, in English, without seconds. */
final class LocalTimes {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

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

    static String dayAndTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY_AND_TIME.format(instant.atZone(zone));
    }

    static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY.format(instant.atZone(zone));
    }
}
