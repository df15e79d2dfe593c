package org.demarche.campaigns.timeline;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How far a step lies from the meeting, as an ISO-8601 duration: calendar days ({@code P9D}),
 * exact time ({@code PT30S}, handy for demos and tests), or both ({@code P1DT12H}). Days are
 * counted on the meeting's own calendar, so they keep the wall-clock time across a
 * daylight-saving change; the time part is exact.
 */
record TimelineOffset(Period days, Duration time) {

    public TimelineOffset {
        if (days.isNegative() || time.isNegative()) {
            throw new IllegalArgumentException("a timeline offset is a distance from the meeting and cannot be negative");
        }
    }

    public static TimelineOffset parse(String text) {
        String iso = text.strip().toUpperCase(Locale.ROOT);
        try {
            int t = iso.indexOf('T');
            if (t < 0) {
                return new TimelineOffset(Period.parse(iso), Duration.ZERO);
            }
            Period days = t == 1 ? Period.ZERO : Period.parse(iso.substring(0, t));
            return new TimelineOffset(days, Duration.parse("P" + iso.substring(t)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration such as P9D or PT30S", e);
        }
    }

    ZonedDateTime before(ZonedDateTime meeting) {
        return meeting.minus(days).minus(time);
    }

    ZonedDateTime after(ZonedDateTime meeting) {
        return meeting.plus(days).plus(time);
    }

    /** An approximate length, for comparing offsets: a month counts 31 days, a day 24 hours. */
    Duration approximately() {
        return Duration.ofDays(days.toTotalMonths() * 31 + days.getDays()).plus(time);
    }

    @Override
    public String toString() {
        if (time.isZero()) {
            return days.toString();
        }
        return days.isZero() ? time.toString() : days + time.toString().substring(1);
    }
}
