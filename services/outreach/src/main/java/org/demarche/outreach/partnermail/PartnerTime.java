package org.demarche.outreach.partnermail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments as a partner reads them: in the partner's own time zone and language, with the zone named. */
public final class PartnerTime {

    private PartnerTime() {
    }

    public static String format(Instant moment, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(moment) + " (" + zone.getId() + ")";
    }
}
