package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TimeZoneNamesTest {

    @Test
    void mapsTheWindowsNamesOutlookWritesToIanaZones() {
        assertThat(TimeZoneNames.zone("W. Europe Standard Time")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZoneNames.zone("Romance Standard Time")).contains(ZoneId.of("Europe/Paris"));
        assertThat(TimeZoneNames.zone("Azerbaijan Standard Time")).contains(ZoneId.of("Asia/Baku"));
        assertThat(TimeZoneNames.zone("Turkey Standard Time")).contains(ZoneId.of("Europe/Istanbul"));
        assertThat(TimeZoneNames.zone("Eastern Standard Time")).contains(ZoneId.of("America/New_York"));
        assertThat(TimeZoneNames.zone("GMT Standard Time")).contains(ZoneId.of("Europe/London"));
    }

    @Test
    void everyShippedWindowsNameAndCityMapsToAZoneThisJvmKnows() {
        assertThat(TimeZoneNames.windowsZones()).hasSizeGreaterThan(130);
        assertThat(Places.knownCities()).containsEntry("washington", ZoneId.of("America/New_York"));
    }

    @Test
    void readsIanaNamesBehindClientPrefixesButNeverBareOffsets() {
        assertThat(TimeZoneNames.zone("/mozilla.org/20050126_1/Europe/Paris")).contains(ZoneId.of("Europe/Paris"));
        assertThat(TimeZoneNames.zone("/freeassociation.sourceforge.net/Tzfile/Asia/Baku")).contains(ZoneId.of("Asia/Baku"));
        assertThat(TimeZoneNames.zone("+02:00")).isEmpty();
        assertThat(TimeZoneNames.zone("Mars Standard Time")).isEmpty();
    }

    @Test
    void findsTheCityInALocationReadFromTheEnd() {
        assertThat(Places.placeOf("Élysée Palace, 55 Rue du Faubourg Saint-Honoré, 75008 Paris, France"))
                .hasValueSatisfying(p -> assertThat(p.zone()).isEqualTo(ZoneId.of("Europe/Paris")));
        assertThat(Places.placeOf("The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500, USA"))
                .hasValueSatisfying(p -> assertThat(p.city()).isEqualTo("Washington"));
        assertThat(Places.placeOf("Luxembourg")).hasValueSatisfying(p ->
                assertThat(p.zone()).isEqualTo(ZoneId.of("Europe/Luxembourg")));
        assertThat(Places.placeOf("Zoom")).isEmpty();
        assertThat(Places.looseCity("Room 4, Zoom")).isEqualTo("Zoom");
    }
}
