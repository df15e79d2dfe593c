package org.demarche.intake.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

import org.demarche.platform.web.InvalidInputException;

/**
 * A meeting's start as coordinators give it: a wall-clock time in the meeting's own zone. Turning
 * it into an instant refuses times that do not exist (skipped by a daylight-saving change) or
 * that exist twice (repeated by one), since guessing would move every deadline by an hour.
 */
public record MeetingTime(LocalDateTime localStart, ZoneId zone) {

    public static MeetingTime parse(String startsAt, String timeZone) {
        ZoneId zone = zone(timeZone);
        LocalDateTime local = localStart(startsAt);
        return new MeetingTime(local, zone);
    }

    /** The instant the meeting starts, if the local time occurs exactly once in its zone. */
    public Instant instant() {
        var rules = zone.getRules();
        var offsets = rules.getValidOffsets(localStart);
        if (offsets.size() == 1) {
            return localStart.atOffset(offsets.get(0)).toInstant();
        }
        ZoneOffsetTransition transition = rules.getTransition(localStart);
        if (offsets.isEmpty()) {
            throw InvalidInputException.of("startsAt", localStart + " does not exist in " + zone
                    + ": clocks jump from " + transition.getDateTimeBefore().toLocalTime()
                    + " to " + transition.getDateTimeAfter().toLocalTime() + " that day (daylight-saving change)");
        }
        throw InvalidInputException.of("startsAt", localStart + " is ambiguous in " + zone
                + ": it happens twice (offsets " + transition.getOffsetBefore() + " and " + transition.getOffsetAfter()
                + ") because clocks go back that day; give a time outside the repeated hour");
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw InvalidInputException.of("timeZone", "is required, as an IANA name such as Europe/Paris");
        }
        try {
            return Optional.of(ZoneId.of(timeZone.strip()))
                    .filter(zone -> !zone.getId().matches("[+-].*|Z"))
                    .orElseThrow(() -> new DateTimeException("offset"));
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "'" + timeZone + "' is not a known IANA time zone such as Europe/Paris");
        }
    }

    private static LocalDateTime localStart(String startsAt) {
        if (startsAt == null || startsAt.isBlank()) {
            throw InvalidInputException.of("startsAt", "is required, as a local time such as 2018-07-20T11:00");
        }
        try {
            return LocalDateTime.parse(startsAt.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("startsAt", "'" + startsAt + "' is not a local date and time such as 2018-07-20T11:00");
        }
    }
}
