package org.demarche.outreach.answer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments as a partner reads them: in the partner's own time zone, with the zone named. */
final class PartnerTime {

    private PartnerTime() {
    }

    static String format(Instant moment, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(moment) + " (" + zone.getId() + ")";
    }
}
