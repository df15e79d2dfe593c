package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.demarche.platform.page.DisplayTimes;

/** Instants as leads read them: in the meeting's zone, in the page's language, as every page shows them. */
final class LocalTimes {

    private static final DisplayTimes DISPLAY = new DisplayTimes();

    private LocalTimes() {
    }

    /** The meeting's zone, or UTC for a campaign projected before the dashboard kept it. */
    static ZoneId zone(String timeZone) {
        return DisplayTimes.zone(timeZone);
    }

    /** e.g. "Fri 20 Jul 2018, 11:00 CEST", "ven. 20 juil. 2018, 11:00 CEST". */
    static String dayAndTime(Instant instant, ZoneId zone, Locale locale) {
        return DISPLAY.moment(instant, zone, locale);
    }

    /** e.g. "Wed 18 Jul 2018", "mer. 18 juil. 2018". */
    static String day(Instant instant, ZoneId zone, Locale locale) {
        return DISPLAY.day(instant, zone, locale);
    }
}
