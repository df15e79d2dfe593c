package org.demarche.intake.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.fortuna.ical4j.model.Recur;

/**
 * A zone defined only by a VTIMEZONE in the file, under a name no table knows: its observances'
 * onsets (DTSTART, RRULE, RDATE) and offsets tell the offset in force at a local time. Used to
 * place times only; such a zone is never a meeting's zone, which must be an IANA name.
 */
final class FileTimeZone {

    private static final LocalDateTime UNTIL = LocalDateTime.of(2200, 1, 1, 0, 0);
    private static final int MAX_ONSETS_PER_OBSERVANCE = 2000;

    private record Onset(LocalDateTime at, ZoneOffset offsetFrom, ZoneOffset offsetTo) {
    }

    private final List<Onset> onsets;

    private FileTimeZone(List<Onset> onsets) {
        this.onsets = onsets;
    }

    /** @throws UnreadableComponentException when an observance lacks its onset or offsets */
    static FileTimeZone of(IcsComponent vtimezone) {
        String tzid = vtimezone.text("TZID");
        List<Onset> onsets = new ArrayList<>();
        for (IcsComponent observance : vtimezone.components()) {
            String where = "VTIMEZONE " + tzid;
            IcsProperty start = observance.property("DTSTART").orElseThrow(() ->
                    new UnreadableComponentException(where + " has an observance without DTSTART"));
            ZoneOffset from = offset(observance, "TZOFFSETFROM", where);
            ZoneOffset to = offset(observance, "TZOFFSETTO", where);
            LocalDateTime first = IcsTime.of(start, where).local();
            onsets.add(new Onset(first, from, to));
            for (IcsProperty rrule : observance.all("RRULE")) {
                Recur<LocalDateTime> rule = recur(rrule, where);
                for (LocalDateTime at : rule.getDates(first, first, UNTIL, MAX_ONSETS_PER_OBSERVANCE)) {
                    onsets.add(new Onset(at, from, to));
                }
            }
            for (IcsProperty rdate : observance.all("RDATE")) {
                IcsTime.all(rdate, where).forEach(at -> onsets.add(new Onset(at.local(), from, to)));
            }
        }
        onsets.sort(Comparator.comparing(Onset::at));
        return new FileTimeZone(List.copyOf(onsets));
    }

    /** The moment a wall-clock time in this zone is: the offset of the latest onset at or before it. */
    Instant instant(LocalDateTime local) {
        ZoneOffset offset = onsets.isEmpty() ? ZoneOffset.UTC : onsets.get(0).offsetFrom();
        for (Onset onset : onsets) {
            if (onset.at().isAfter(local)) {
                break;
            }
            offset = onset.offsetTo();
        }
        return local.toInstant(offset);
    }

    private static ZoneOffset offset(IcsComponent observance, String property, String where) {
        String value = observance.property(property).map(IcsProperty::value).orElseThrow(() ->
                new UnreadableComponentException(where + " has an observance without " + property));
        try {
            String v = value.strip();
            String normalised = v.length() == 5 ? v.substring(0, 3) + ":" + v.substring(3)
                    : v.length() == 7 ? v.substring(0, 3) + ":" + v.substring(3, 5) + ":" + v.substring(5) : v;
            return ZoneOffset.of(normalised);
        } catch (RuntimeException e) {
            throw new UnreadableComponentException(where + ": " + property + " '" + value + "' is not an offset such as +0100");
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends java.time.temporal.Temporal> Recur<T> recur(IcsProperty rrule, String where) {
        try {
            return new Recur<>(rrule.value());
        } catch (RuntimeException e) {
            throw new UnreadableComponentException("RRULE '" + rrule.value() + "' of " + where + " is not a recurrence rule: "
                    + e.getMessage());
        }
    }
}
