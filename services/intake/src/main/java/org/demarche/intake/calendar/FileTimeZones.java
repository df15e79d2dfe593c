package org.demarche.intake.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The time zones a TZID can name in one file: IANA and Windows names first, then the file's own
 * VTIMEZONEs. A VTIMEZONE that cannot be read (an Apple observance without DTSTART, a line left
 * out of the parse) costs only the times placed in it, and not even those when its TZID is a
 * name the tables know.
 */
final class FileTimeZones {

    /** The properties a VTIMEZONE and its observances are read by. */
    private static final Set<String> READ = Set.of("TZID", "DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE");

    private final Map<String, FileTimeZone> defined = new HashMap<>();
    private final Map<String, String> unreadable = new HashMap<>();

    private FileTimeZones() {
    }

    static FileTimeZones of(IcsComponent calendar) {
        FileTimeZones zones = new FileTimeZones();
        calendar.components("VTIMEZONE").forEach(zones::read);
        return zones;
    }

    private void read(IcsComponent vtimezone) {
        String tzid = vtimezone.text("TZID");
        if (tzid == null) {
            return;
        }
        List<IcsComponent.UnreadableLine> lost = new ArrayList<>(vtimezone.unreadable(READ));
        vtimezone.components().forEach(observance -> lost.addAll(observance.unreadable(READ)));
        try {
            if (!lost.isEmpty()) {
                throw new UnreadableComponentException(lost.get(0).toString());
            }
            defined.put(tzid, FileTimeZone.of(vtimezone));
        } catch (UnreadableComponentException e) {
            unreadable.put(tzid, e.getMessage());
        }
    }

    /** The moment a wall-clock time in the zone a TZID names is; empty when no zone of that name can be read. */
    Optional<Instant> instant(String tzid, LocalDateTime local) {
        return TimeZoneNames.zone(tzid).map(zone -> ZonedDateTime.ofLocal(local, zone, null).toInstant())
                .or(() -> Optional.ofNullable(defined.get(tzid)).map(zone -> zone.instant(local)));
    }

    /** Why {@link #instant} cannot place a time in the zone a TZID names. */
    String whyUnknown(String tzid) {
        String problem = unreadable.get(tzid);
        return "TZID '" + tzid + "' is neither an IANA zone nor a Windows zone, and "
                + (problem == null ? "no VTIMEZONE in the file defines it"
                : "the VTIMEZONE that defines it cannot be read: " + problem);
    }
}
