package org.demarche.intake.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.Participant;

/**
 * A meeting as entered, the shape {@code GET /api/meetings} returns.
 *
 * @param startsAt local start time as entered, in {@code timeZone}
 * @param startsAtUtc the same moment as an instant
 * @param enteredBy   username of the coordinator who entered it; null for feeds and the demo
 * @param coordinatorEmail that coordinator's address when the meeting was entered; null when none
 */
public record Meeting(UUID id, String title, String startsAt, String timeZone, Instant startsAtUtc, String city,
                      List<Participant> participants, String status, String enteredBy, String coordinatorEmail) {

    static final String SCHEDULED = "scheduled";
    static final String CANCELLED = "cancelled";

    @com.fasterxml.jackson.annotation.JsonIgnore // status says it already
    public boolean isCancelled() {
        return CANCELLED.equals(status);
    }

    /**
     * Whether {@code meeting} says nothing new: same title, wall-clock start, zone, city and
     * participants in the same order. A coordinator saving the form unchanged moves nothing.
     */
    boolean isDescribedBy(NewMeeting meeting) {
        return title.equals(meeting.title())
                && startsAt.equals(meeting.time().localStart().toString())
                && timeZone.equals(meeting.time().zone().getId())
                && city.equals(meeting.city())
                && participants.equals(meeting.participants());
    }
}
