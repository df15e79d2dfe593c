package org.demarche.intake.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.demarche.intake.heads.Countries;

/**
 * Finds the city in an event's LOCATION and the zone it lies in. A LOCATION is free text
 * ("Élysée Palace, 55 Rue du Faubourg Saint-Honoré, 75008 Paris, France"); its parts are read
 * from the end, skipping countries and postal codes, and the first that names a known city wins.
 * Known cities are those that give an IANA zone its name (Paris, Baku, New York) and those listed
 * in {@code calendar/cities.csv} (Washington, Ankara, Strasbourg, ...).
 */
final class Places {

    static final String CITIES = "/calendar/cities.csv";
    private static final Map<String, ZoneId> ZONES_BY_CITY = load();

    /** A city and the zone of its clocks. */
    record Place(String city, ZoneId zone) {
    }

    private Places() {
    }

    /** The known city the location names, if any. */
    static Optional<Place> placeOf(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = List.of(location.split("[,\\n;]"));
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i).strip();
            Optional<Place> place = cityIn(part);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    /** What to call the place when no known city is named: the last part that is not a country or a postcode. */
    static String looseCity(String location) {
        List<String> parts = List.of(location.split("[,\\n;]"));
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i).replaceAll("\\b\\d[\\d\\s-]*\\b", " ").strip();
            if (!part.isEmpty() && !Countries.isName(part)) {
                return part;
            }
        }
        return location.strip();
    }

    static Optional<ZoneId> zoneOfCity(String city) {
        return Optional.ofNullable(ZONES_BY_CITY.get(key(city)));
    }

    /** A part such as "75008 Paris" or "Paris 8e": the longest run of its words that is a known city. */
    private static Optional<Place> cityIn(String part) {
        String cleaned = part.replaceAll("\\b\\d[\\d\\s-]*\\b", " ").replaceAll("\\s+", " ").strip();
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        String[] words = cleaned.split(" ");
        for (int length = words.length; length >= 1; length--) {
            for (int start = 0; start + length <= words.length; start++) {
                String candidate = String.join(" ", List.of(words).subList(start, start + length));
                ZoneId zone = ZONES_BY_CITY.get(key(candidate));
                if (zone != null) {
                    return Optional.of(new Place(candidate, zone));
                }
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> zones = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.matches("(Europe|Asia|America|Africa|Australia|Pacific|Atlantic|Indian)/.*") && !id.startsWith("America/Argentina/")
                    || id.startsWith("America/Argentina/Buenos_Aires")) {
                String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
                zones.putIfAbsent(key(city), ZoneId.of(id));
            }
        }
        try (InputStream in = Places.class.getResourceAsStream(CITIES)) {
            if (in == null) {
                throw new IllegalStateException(CITIES + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";");
                zones.put(key(parts[0]), ZoneId.of(parts[1].strip()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + CITIES, e);
        }
        return zones;
    }

    static Map<String, ZoneId> knownCities() {
        return Map.copyOf(ZONES_BY_CITY);
    }
}
