package org.demarche.dashboard.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How far away a meeting is, as leads say it: in whole calendar days of the meeting's own zone,
 * so a meeting at 11:00 in Paris is "in 2 days" all day on the 18th there, whatever the hour.
 * The words ("today", "in 3 days", "dans 3 jours") are the message bundles' {@code countdown}.
 */
final class MeetingCountdown {

    private MeetingCountdown() {
    }

    /** Calendar days from today to the meeting's day in its zone: 0 today, negative once it has passed. */
    static long days(Instant meeting, ZoneId zone, Instant now) {
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(meeting, zone));
    }
}
