package org.demarche.intake.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TZID names calendar clients write into IANA zones: IANA names themselves (also
 * behind the path prefixes some clients add, {@code /mozilla.org/20050126_1/Europe/Paris}), the
 * Windows names of Outlook and Exchange ({@code W. Europe Standard Time}, mapped as CLDR's
 * windowsZones does) and Windows display names ({@code (UTC+01:00) Brussels, Copenhagen, Madrid,
 * Paris}), read by their cities.
 */
final class TimeZoneNames {

    static final String WINDOWS_ZONES = "/calendar/windows-zones.csv";
    private static final Pattern DISPLAY_NAME = Pattern.compile("^\\((?:UTC|GMT)[^)]*\\)\\s*(.+)$");
    private static final Map<String, ZoneId> WINDOWS = load();

    private TimeZoneNames() {
    }

    static Optional<ZoneId> zone(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return Optional.empty();
        }
        String name = tzid.strip();
        Optional<ZoneId> iana = iana(name);
        if (iana.isPresent()) {
            return iana;
        }
        ZoneId windows = WINDOWS.get(name.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return Optional.of(windows);
        }
        Matcher display = DISPLAY_NAME.matcher(name);
        if (display.matches()) {
            for (String city : display.group(1).split(",")) {
                Optional<ZoneId> zone = Places.zoneOfCity(city);
                if (zone.isPresent()) {
                    return zone;
                }
            }
        }
        return Optional.empty();
    }

    /** An IANA region name, possibly after a path prefix; never a bare offset, which says nothing of daylight saving. */
    static Optional<ZoneId> iana(String name) {
        String candidate = name;
        while (true) {
            Optional<ZoneId> zone = region(candidate);
            if (zone.isPresent()) {
                return zone;
            }
            int slash = candidate.indexOf('/', 1);
            if (slash < 0) {
                return Optional.empty();
            }
            candidate = candidate.substring(slash + 1);
        }
    }

    private static Optional<ZoneId> region(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || !name.contains("/") && !name.equals("UTC")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Map<String, ZoneId> windowsZones() {
        return Map.copyOf(WINDOWS);
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> zones = new HashMap<>();
        try (InputStream in = TimeZoneNames.class.getResourceAsStream(WINDOWS_ZONES)) {
            if (in == null) {
                throw new IllegalStateException(WINDOWS_ZONES + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";");
                zones.put(parts[0].strip().toLowerCase(Locale.ROOT), ZoneId.of(parts[1].strip()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + WINDOWS_ZONES, e);
        }
        return zones;
    }
}
