package org.demarche.events.meeting;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.Participant;

/**
 * A scheduled meeting changed time, place or participants. Carries the whole
 * new state, so a consumer that missed MeetingScheduled can still act.
 *
 * @param previousStartsAt when the meeting was to start before this change
 */
public record MeetingRescheduled(UUID meetingId, String title, Instant startsAt, String timeZone, String city,
        List<Participant> participants, Instant previousStartsAt) implements DemarcheEvent {

    public MeetingRescheduled {
        requireNonNull(meetingId, "meetingId is required");
        requireNonNull(title, "title is required");
        requireNonNull(startsAt, "startsAt is required");
        requireNonNull(timeZone, "timeZone is required");
        requireNonNull(city, "city is required");
        participants = List.copyOf(requireNonNull(participants, "participants is required"));
        requireNonNull(previousStartsAt, "previousStartsAt is required");
    }

    @Override
    public String partitionKey() {
        return meetingId.toString();
    }
}
