package org.demarche.intake.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.model.Recur;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a calendar file's components into the entries to import: events grouped by UID, those
 * that cannot be meetings of leaders set aside whole ({@link LeaderScreen}), the recurring ones
 * expanded from now to the horizon (EXDATE removed, RDATE added, RECURRENCE-ID overrides in place
 * of the occurrences they replace), each placed in its city's zone. An event that cannot be read
 * (a line it needs left out of the parse, a date that is no date, a time zone nobody can tell) is
 * skipped with the reason and the others are read; only too many events make the whole file
 * unreadable.
 */
final class CalendarReading {

    private static final Logger log = LoggerFactory.getLogger(CalendarReading.class);
    static final String PARTICIPANTS_PROPERTY = "X-DEMARCHE-PARTICIPANTS";
    /** The properties an event is read by: without one of them as written, it is not imported. */
    private static final Set<String> READ_IN_EVENTS = Set.of("UID", "DTSTART", "RRULE", "RDATE", "EXDATE",
            "RECURRENCE-ID", "SUMMARY", "LOCATION", "ATTENDEE", "STATUS", "SEQUENCE", PARTICIPANTS_PROPERTY);
    private static final DateTimeFormatter DAY_KEY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter TIME_KEY = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final LocalDateTime FAR_FUTURE = LocalDateTime.of(9999, 1, 1, 0, 0);

    /** A recurring series as read: which of its occurrences in the window the file still has. */
    record Series(String uid, int sequence, Instant from, Instant to, Set<String> occurrences, boolean cancelled) {
    }

    record Skipped(String uid, String reason) {
    }

    /**
     * What the file holds, entry by entry.
     *
     * @param notMeetingsOfLeaders the UIDs skipped as not meetings of leaders (also in {@code skipped})
     */
    record Result(List<CalendarEntry> entries, List<Series> series, List<Skipped> skipped,
                  List<String> notMeetingsOfLeaders) {
    }

    private final CalendarProperties properties;
    private final Period horizon;
    private final Instant now;
    private final LeaderScreen screen;
    private FileTimeZones fileZones;
    private final List<String> notMeetingsOfLeaders = new ArrayList<>();
    private final List<CalendarEntry> entries = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final Set<Skipped> skipped = new LinkedHashSet<>(); // a series with an unplaceable TZID is told once
    private boolean cancelAll;
    private Optional<ZoneId> calendarZone = Optional.empty();
    private int occurrencesRead;

    private CalendarReading(CalendarProperties properties, Period horizon, Instant now, LeaderScreen screen) {
        this.properties = properties;
        this.horizon = horizon;
        this.now = now;
        this.screen = screen;
    }

    /**
     * @param horizon how far ahead to expand recurrences; null: open-ended rules are not expanded (their events
     *                are skipped)
     * @param screen  which events may be meetings of leaders; the others are skipped unexpanded
     * @throws UnreadableCalendarException when the file holds too many events
     */
    static Result read(IcsComponent calendar, CalendarProperties properties, Period horizon, Instant now,
                       LeaderScreen screen) {
        if (!calendar.name().equals("VCALENDAR")) {
            throw new UnreadableCalendarException("the file holds a " + calendar.name() + ", not a VCALENDAR");
        }
        CalendarReading reading = new CalendarReading(properties, horizon, now, screen);
        reading.readCalendar(calendar);
        return new Result(List.copyOf(reading.entries), List.copyOf(reading.series), List.copyOf(reading.skipped),
                List.copyOf(reading.notMeetingsOfLeaders));
    }

    private void readCalendar(IcsComponent calendar) {
        cancelAll = "CANCEL".equalsIgnoreCase(calendar.text("METHOD"));
        calendarZone = TimeZoneNames.zone(calendar.text("X-WR-TIMEZONE"));
        fileZones = FileTimeZones.of(calendar);
        List<IcsComponent> events = calendar.components("VEVENT");
        if (events.size() > properties.maxEvents()) {
            throw tooManyEvents();
        }
        Map<String, List<IcsComponent>> byUid = new LinkedHashMap<>();
        for (IcsComponent event : events) {
            String uid = event.text("UID");
            if (uid == null) {
                List<IcsComponent.UnreadableLine> lost = event.unreadable(Set.of("UID"));
                skipped.add(new Skipped(null, "an event without UID (\"" + event.text("SUMMARY") + "\") cannot be "
                        + "followed through later changes; " + (lost.isEmpty() ? "give it a UID" : lost.get(0))));
                continue;
            }
            byUid.computeIfAbsent(uid, key -> new ArrayList<>()).add(event);
        }
        byUid.forEach(this::readEvent);
    }

    /** Every version of one UID; what makes it unreadable skips it alone, leaving nothing of it behind. */
    private void readEvent(String uid, List<IcsComponent> versions) {
        List<String> lost = versions.stream().flatMap(v -> v.unreadable(READ_IN_EVENTS).stream())
                .map(Object::toString).toList();
        if (!lost.isEmpty()) {
            skipped.add(new Skipped(uid, String.join("; ", lost)));
            return;
        }
        Optional<String> notLeaders = screen.whyNot(uid, versions);
        if (notLeaders.isPresent()) {
            skipped.add(new Skipped(uid, notLeaders.get()));
            notMeetingsOfLeaders.add(uid);
            return;
        }
        int entriesBefore = entries.size();
        int seriesBefore = series.size();
        try {
            readSeries(uid, versions);
        } catch (UnreadableComponentException e) {
            forgetSince(entriesBefore, seriesBefore);
            skipped.add(new Skipped(uid, e.getMessage()));
        } catch (UnreadableCalendarException e) {
            throw e;
        } catch (RuntimeException e) { // ical4j's recurrence rules fail in ways no one listed: one event, not the file
            log.warn("Calendar event {} could not be read", uid, e);
            forgetSince(entriesBefore, seriesBefore);
            skipped.add(new Skipped(uid, "the event cannot be read: " + e.getMessage()));
        }
    }

    private void forgetSince(int entriesBefore, int seriesBefore) {
        entries.subList(entriesBefore, entries.size()).clear();
        series.subList(seriesBefore, series.size()).clear();
    }

    private void readSeries(String uid, List<IcsComponent> versions) {
        IcsComponent master = null;
        Map<String, IcsComponent> overrides = new LinkedHashMap<>();
        for (IcsComponent event : versions) {
            Optional<IcsProperty> recurrenceId = event.property("RECURRENCE-ID");
            if (recurrenceId.isEmpty()) {
                master = newer(master, event);
            } else {
                String key = key(IcsTime.of(recurrenceId.get(), describe(event)), event);
                overrides.put(key, newer(overrides.get(key), event));
            }
        }
        Set<String> overridden = overrides.keySet();
        if (master != null) {
            readMaster(uid, master, overridden);
        }
        overrides.forEach((key, override) -> entry(uid, key, override, startOf(override), originalStart(key, override))
                .ifPresent(entries::add));
    }

    private void readMaster(String uid, IcsComponent master, Set<String> overridden) {
        IcsTime start = startOf(master);
        if (start == null) {
            skipped.add(new Skipped(uid, "the event has no DTSTART"));
            return;
        }
        boolean recurring = master.property("RRULE").isPresent() || master.property("RDATE").isPresent();
        if (!recurring) {
            entry(uid, CalendarEntry.SINGLE, master, start, null).ifPresent(entries::add);
            return;
        }
        Instant windowEnd = horizon == null ? null : now.atZone(ZoneOffset.UTC).plus(horizon).toInstant();
        Set<String> excluded = new LinkedHashSet<>();
        for (IcsProperty exdate : master.all("EXDATE")) {
            IcsTime.all(exdate, describe(master)).forEach(time -> excluded.add(key(time.alignedWith(start), master)));
        }
        Set<String> inWindow = new LinkedHashSet<>();
        for (IcsTime occurrence : occurrences(master, start, windowEnd)) {
            String key = key(occurrence, master);
            if (excluded.contains(key)) {
                continue;
            }
            Optional<CalendarEntry> entry = entry(uid, key, master, occurrence, null);
            if (entry.isEmpty() || entry.get().startsAt().isBefore(now)
                    || windowEnd != null && entry.get().startsAt().isAfter(windowEnd)) {
                continue;
            }
            if (!inWindow.add(key)) {
                continue; // an RDATE that repeats an occurrence of the rule
            }
            if (!overridden.contains(key)) {
                entries.add(entry.get());
            }
        }
        inWindow.addAll(overridden);
        series.add(new Series(uid, sequenceOf(master), now, windowEnd, inWindow, isCancelled(master)));
    }

    /** The occurrences of the rule and RDATEs, as wall-clock times of the DTSTART's kind. */
    private List<IcsTime> occurrences(IcsComponent master, IcsTime start, Instant windowEnd) {
        List<IcsTime> occurrences = new ArrayList<>();
        String where = describe(master);
        for (IcsProperty rrule : master.all("RRULE")) {
            Recur<?> rule = FileTimeZone.recur(rrule, where);
            if (rule.getCount() < 0 && rule.getUntil() == null && windowEnd == null) {
                throw new UnreadableComponentException("RRULE '" + rrule.value() + "' of " + where
                        + " has neither COUNT nor UNTIL and no horizon is set to expand it within "
                        + "(demarche.intake.calendar.recurrence-horizon, or ?horizon=P1Y on the import)");
            }
            // A day either side: the window is in instants, the rule in the event's wall-clock time.
            LocalDateTime from = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusDays(2);
            LocalDateTime to = windowEnd == null ? FAR_FUTURE : LocalDateTime.ofInstant(windowEnd, ZoneOffset.UTC).plusDays(2);
            int limit = properties.maxEvents() + 1;
            if (start.isDay()) {
                @SuppressWarnings("unchecked")
                Recur<LocalDate> days = (Recur<LocalDate>) rule;
                for (LocalDate day : days.getDates(start.local().toLocalDate(), from.toLocalDate(), to.toLocalDate(), limit)) {
                    occurrences.add(new IcsTime(IcsTime.Kind.DAY, day.atStartOfDay(), null));
                }
            } else {
                @SuppressWarnings("unchecked")
                Recur<LocalDateTime> times = (Recur<LocalDateTime>) rule;
                for (LocalDateTime time : times.getDates(start.local(), from, to, limit)) {
                    occurrences.add(new IcsTime(start.kind(), time, start.tzid()));
                }
            }
            count(occurrences.size());
        }
        for (IcsProperty rdate : master.all("RDATE")) {
            IcsTime.all(rdate, where).forEach(time -> occurrences.add(time.alignedWith(start)));
        }
        return occurrences;
    }

    private void count(int occurrences) {
        occurrencesRead += occurrences;
        if (occurrencesRead > properties.maxEvents()) {
            throw tooManyEvents();
        }
    }

    /** The entry for one occurrence, or nothing (reported as skipped) when its time cannot be placed. */
    private Optional<CalendarEntry> entry(String uid, String occurrence, IcsComponent event, IcsTime start,
                                          Instant originalStart) {
        if (start == null) {
            skipped.add(new Skipped(uid, "the event has no DTSTART"));
            return Optional.empty();
        }
        String location = event.text("LOCATION");
        Optional<Places.Place> place = Places.placeOf(location);
        Optional<ZoneId> eventZone = start.kind() == IcsTime.Kind.ZONED ? TimeZoneNames.zone(start.tzid()) : Optional.empty();
        ZoneId zone = place.map(Places.Place::zone).or(() -> eventZone).or(() -> calendarZone)
                .orElse(properties.defaultTimeZone());
        Instant startsAt = instant(start, zone);
        if (startsAt == null) {
            skipped.add(new Skipped(uid, fileZones.whyUnknown(start.tzid())));
            return Optional.empty();
        }
        String city = place.map(Places.Place::city).orElse(location == null ? null : Places.looseCity(location));
        String title = event.text("SUMMARY");
        List<String> attendees = event.attendeeNames();
        ExplicitParticipants explicit = ExplicitParticipants.of(event.text(PARTICIPANTS_PROPERTY));
        LocalDateTime localStart = LocalDateTime.ofInstant(startsAt, zone);
        boolean cancelled = cancelAll || isCancelled(event);
        String fingerprint = fingerprint(title, location, city, zone, localStart, start.isDay(), cancelled,
                event.text(PARTICIPANTS_PROPERTY), attendees);
        return Optional.of(new CalendarEntry(uid, occurrence, originalStart != null ? originalStart : startsAt,
                sequenceOf(event), cancelled, title, location, city, place.isPresent(), zone, localStart, startsAt,
                start.isDay(), explicit.participants(), explicit.problem(), attendees, fingerprint));
    }

    private Instant instant(IcsTime time, ZoneId meetingZone) {
        return switch (time.kind()) {
            case DAY -> ZonedDateTime.ofLocal(time.local().toLocalDate().atTime(properties.allDayHour()), meetingZone, null)
                    .toInstant();
            case FLOATING -> ZonedDateTime.ofLocal(time.local(), meetingZone, null).toInstant();
            case UTC -> time.local().toInstant(ZoneOffset.UTC);
            case ZONED -> fileZones.instant(time.tzid(), time.local()).orElse(null);
        };
    }

    /** The original start of an overridden occurrence, from its RECURRENCE-ID. */
    private Instant originalStart(String key, IcsComponent override) {
        IcsTime recurrenceId = IcsTime.of(override.property("RECURRENCE-ID").orElseThrow(), describe(override));
        Optional<ZoneId> zone = Places.placeOf(override.text("LOCATION")).map(Places.Place::zone);
        Instant original = instant(recurrenceId, zone.or(() -> calendarZone).orElse(properties.defaultTimeZone()));
        return original != null ? original : recurrenceId.local().toInstant(ZoneOffset.UTC);
    }

    /**
     * How an occurrence is known across versions of the file: the day, the UTC moment of a zoned
     * or UTC time (so that TZID spellings do not matter), or the wall-clock time of a floating one.
     */
    private String key(IcsTime time, IcsComponent event) {
        return switch (time.kind()) {
            case DAY -> time.local().toLocalDate().format(DAY_KEY);
            case FLOATING -> time.local().format(TIME_KEY);
            case UTC -> time.local().format(TIME_KEY) + "Z";
            case ZONED -> {
                Instant instant = instant(time, ZoneOffset.UTC);
                yield instant == null ? time.local().format(TIME_KEY)
                        : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(TIME_KEY) + "Z";
            }
        };
    }

    private static IcsTime startOf(IcsComponent event) {
        return event.property("DTSTART").map(p -> IcsTime.of(p, describe(event))).orElse(null);
    }

    private static boolean isCancelled(IcsComponent event) {
        return "CANCELLED".equalsIgnoreCase(event.text("STATUS"));
    }

    private static int sequenceOf(IcsComponent event) {
        String sequence = event.text("SEQUENCE");
        try {
            return sequence == null ? 0 : Integer.parseInt(sequence.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Of two versions of the same event, the one with the higher SEQUENCE (the later one in the file on a tie). */
    private static IcsComponent newer(IcsComponent current, IcsComponent candidate) {
        return current == null || sequenceOf(candidate) >= sequenceOf(current) ? candidate : current;
    }

    private static String describe(IcsComponent event) {
        String uid = event.text("UID");
        return "event " + (uid == null ? "without UID" : uid);
    }

    private UnreadableCalendarException tooManyEvents() {
        return new UnreadableCalendarException("the file holds more than " + properties.maxEvents()
                + " events (occurrences of recurring events within the horizon included)");
    }

    private static String fingerprint(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
