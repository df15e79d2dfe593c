package org.demarche.events.meeting;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

import org.demarche.events.DemarcheEvent;

/**
 * A scheduled meeting will not take place.
 *
 * @param reason why, for the campaign's audit trail; optional
 */
public record MeetingCancelled(UUID meetingId, String reason) implements DemarcheEvent {

    public MeetingCancelled {
        requireNonNull(meetingId, "meetingId is required");
    }

    @Override
    public String partitionKey() {
        return meetingId.toString();
    }
}
