package org.demarche.events.meeting;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.Participant;

/**
 * A coordinator entered (or a calendar feed announced) a meeting between
 * officials where a letter could make a difference.
 *
 * @param startsAt when the meeting starts
 * @param timeZone IANA zone of the meeting's place; deadlines are computed in it
 * @param enteredBy        username of the coordinator who entered the meeting (by form, API or calendar import);
 *                         optional (added after version 1 was first published; absent for demo and feed entries
 *                         nobody owns)
 * @param coordinatorEmail that coordinator's email address when the account has one; optional. Partners' replies
 *                         about the campaigns the meeting opens go to it
 */
public record MeetingScheduled(UUID meetingId, String title, Instant startsAt, String timeZone, String city,
        List<Participant> participants, String enteredBy, String coordinatorEmail) implements DemarcheEvent {

    /** Without the coordinator, as first published. */
    public MeetingScheduled(UUID meetingId, String title, Instant startsAt, String timeZone, String city,
            List<Participant> participants) {
        this(meetingId, title, startsAt, timeZone, city, participants, null, null);
    }

    public MeetingScheduled {
        requireNonNull(meetingId, "meetingId is required");
        requireNonNull(title, "title is required");
        requireNonNull(startsAt, "startsAt is required");
        requireNonNull(timeZone, "timeZone is required");
        requireNonNull(city, "city is required");
        participants = List.copyOf(requireNonNull(participants, "participants is required"));
    }

    @Override
    public String partitionKey() {
        return meetingId.toString();
    }
}
