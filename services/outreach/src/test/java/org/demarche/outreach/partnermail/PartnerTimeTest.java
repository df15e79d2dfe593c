package org.demarche.outreach.partnermail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PartnerTimeTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"),
            ZoneId.of("Europe/Moscow"), ZoneId.of("Asia/Baku"), ZoneId.of("America/New_York"),
            ZoneId.of("Pacific/Chatham"), ZoneId.of("+05:30"));

    @Test
    void writesWhatAFormatterMadeForTheMomentWouldWriteInEveryLanguage() {
        List<Locale> locales = new ArrayList<>(PartnerLanguage.SUPPORTED);
        locales.addAll(List.of(Locale.forLanguageTag("fr-BE"), Locale.GERMAN, Locale.UK, new Locale("ru"),
                Locale.forLanguageTag("az-Latn-AZ")));
        for (Locale locale : locales) {
            for (ZoneId zone : ZONES) {
                for (Instant moment : moments()) {
                    assertThat(PartnerTime.format(moment, zone, locale)).as("%s in %s, %s", moment, zone, locale)
                            .isEqualTo(formattedAnew(moment, zone, locale));
                }
            }
        }
    }

    @Test
    void namesTheZoneAcrossTheChangeToSummerTime() {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertThat(PartnerTime.format(Instant.parse("2026-03-29T00:59:00Z"), paris, Locale.FRENCH))
                .startsWith("29 mars 2026").contains("01:59").endsWith(" (Europe/Paris)");
        assertThat(PartnerTime.format(Instant.parse("2026-03-29T01:00:00Z"), paris, Locale.FRENCH))
                .startsWith("29 mars 2026").contains("03:00").endsWith(" (Europe/Paris)");
    }

    /** Around both of Paris's 2026 clock changes (Moscow and Baku have none), and across a year. */
    private static List<Instant> moments() {
        List<Instant> moments = new ArrayList<>();
        for (Instant change : List.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"))) {
            for (int minutes = -90; minutes <= 90; minutes += 15) {
                moments.add(change.plus(Duration.ofMinutes(minutes)));
            }
        }
        for (int days = 0; days < 365; days += 17) {
            moments.add(Instant.parse("2026-01-01T09:30:00Z").plus(Duration.ofDays(days)).plusSeconds(days * 611L));
        }
        return moments;
    }

    /** PartnerTime.format as it was before formatters were kept: a formatter made for each moment. */
    private static String formattedAnew(Instant moment, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(moment) + " (" + zone.getId() + ")";
    }
}
