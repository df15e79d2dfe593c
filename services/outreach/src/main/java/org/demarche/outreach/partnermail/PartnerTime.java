package org.demarche.outreach.partnermail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Moments as a partner reads them: in the partner's own time zone and language, with the zone named. */
public final class PartnerTime {

    /**
     * One formatter per partner language, made once: making it anew for each moment showed in the
     * profile of composing thousands of emails, and a formatter never changes once made.
     */
    private static final Map<Locale, DateTimeFormatter> FORMATTERS = PartnerLanguage.SUPPORTED.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), PartnerTime::formatter));

    private PartnerTime() {
    }

    public static String format(Instant moment, ZoneId zone, Locale locale) {
        DateTimeFormatter formatter = locale == null ? null : FORMATTERS.get(locale);
        return (formatter == null ? formatter(locale) : formatter).withZone(zone).format(moment)
                + " (" + zone.getId() + ")";
    }

    private static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
    }
}
