package org.demarche.outreach.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Partner-local hours in which reminders wait, e.g. {@code 20:00-08:00} (across midnight) or
 * {@code 12:00-14:00}; {@code none} turns them off. A reminder due inside them goes out when they
 * end, in the partner's own zone (daylight-saving changes included).
 */
public final class QuietHours {

    private final LocalTime start;
    private final LocalTime end;

    private QuietHours(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    /** Reads {@code demarche.outreach.quiet-hours}; the format is checked by the properties. */
    public static QuietHours parse(String range) {
        if (range.equals("none")) {
            return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        String[] bounds = range.split("-");
        return new QuietHours(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1]));
    }

    /** When a message due at {@code now} may go out to someone in {@code zone}: empty if at once. */
    public Optional<Instant> waitUntil(Instant now, ZoneId zone) {
        if (start.equals(end)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean acrossMidnight = start.isAfter(end);
        boolean quiet = acrossMidnight
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        var endDate = acrossMidnight && !time.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return Optional.of(ZonedDateTime.of(endDate, end, zone).toInstant());
    }
}
