package org.demarche.intake.meeting;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;


/**
 * A meeting's start as coordinators give it: a wall-clock time in the meeting's own zone. Turning
 * it into an instant refuses times that do not exist (skipped by a daylight-saving change) or
 * that exist twice (repeated by one), since guessing would move every deadline by an hour.
 */
record MeetingTime(LocalDateTime localStart, ZoneId zone) {

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
            String before = transition.getDateTimeBefore().toLocalTime().toString();
            String after = transition.getDateTimeAfter().toLocalTime().toString();
            throw MeetingRefusedException.of("startsAt", "meeting.problem.startsAt.skipped", localStart
                            + " does not exist in " + zone + ": clocks jump from " + before + " to " + after
                            + " that day (daylight-saving change)",
                    localStart.toLocalDate().toString(), localStart.toLocalTime().toString(), zone.getId(), before, after);
        }
        throw MeetingRefusedException.of("startsAt", "meeting.problem.startsAt.repeated", localStart + " is ambiguous in "
                        + zone + ": it happens twice (offsets " + transition.getOffsetBefore() + " and "
                        + transition.getOffsetAfter() + ") because clocks go back that day; give a time outside the repeated hour",
                localStart.toLocalDate().toString(), localStart.toLocalTime().toString(), zone.getId(),
                transition.getOffsetBefore().getId(), transition.getOffsetAfter().getId());
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw MeetingRefusedException.of("timeZone", "meeting.problem.timeZone.required",
                    "is required, as an IANA name such as Europe/Paris");
        }
        try {
            return Optional.of(ZoneId.of(timeZone.strip()))
                    .filter(zone -> !zone.getId().matches("[+-].*|Z"))
                    .orElseThrow(() -> new DateTimeException("offset"));
        } catch (DateTimeException e) {
            throw MeetingRefusedException.of("timeZone", "meeting.problem.timeZone.unknown",
                    "'" + timeZone + "' is not a known IANA time zone such as Europe/Paris", timeZone.strip());
        }
    }

    private static LocalDateTime localStart(String startsAt) {
        if (startsAt == null || startsAt.isBlank()) {
            throw MeetingRefusedException.of("startsAt", "meeting.problem.startsAt.required",
                    "is required, as a local time such as 2018-07-20T11:00");
        }
        try {
            return LocalDateTime.parse(startsAt.strip());
        } catch (DateTimeParseException e) {
            throw MeetingRefusedException.of("startsAt", "meeting.problem.startsAt.unreadable",
                    "'" + startsAt + "' is not a local date and time such as 2018-07-20T11:00", startsAt.strip());
        }
    }
}
