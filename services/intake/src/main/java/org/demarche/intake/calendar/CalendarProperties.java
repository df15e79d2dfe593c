package org.demarche.intake.calendar;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How calendar files are read ({@code demarche.intake.calendar.*}).
 *
 * @param maxSize           largest file accepted
 * @param maxEvents         most events (occurrences of recurring events included) one file may hold
 * @param recurrenceHorizon how far ahead recurring events are expanded; {@code P0D} turns expansion of
 *                          open-ended rules off (a file with one is then refused unless the import names a horizon)
 * @param allDayHour        the local time at which an all-day event is placed, in the meeting city's zone
 * @param defaultTimeZone   the zone of floating and all-day times when neither the place, the event nor the
 *                          calendar names one
 */
@ConfigurationProperties("demarche.intake.calendar")
record CalendarProperties(@DefaultValue("10MB") DataSize maxSize,
                                 @DefaultValue("100000") int maxEvents,
                                 @DefaultValue("P1Y") Period recurrenceHorizon,
                                 @DefaultValue("09:00") LocalTime allDayHour,
                                 @DefaultValue("UTC") ZoneId defaultTimeZone) {

    /** The horizon, or null when open-ended rules are not expanded. */
    Period horizonOrNull() {
        return recurrenceHorizon == null || recurrenceHorizon.isZero() ? null : recurrenceHorizon;
    }
}
