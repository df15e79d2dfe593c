package org.demarche.dashboard.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How far away a meeting is, as leads say it: in whole calendar days of the meeting's own zone,
 * so a meeting at 11:00 in Paris is "in 2 days" all day on the 18th there, whatever the hour.
 */
final class MeetingCountdown {

    private MeetingCountdown() {
    }

    /** "today", "in 1 day", "in 3 days", "1 day ago", "2 days ago". */
    static String describe(Instant meeting, ZoneId zone, Instant now) {
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(meeting, zone));
        if (days == 0) {
            return "today";
        }
        long count = Math.abs(days);
        String span = count + (count == 1 ? " day" : " days");
        return days > 0 ? "in " + span : span + " ago";
    }
}
