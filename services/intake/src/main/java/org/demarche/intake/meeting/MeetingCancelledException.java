package org.demarche.intake.meeting;

import java.util.UUID;

/**
 * A change asked for a meeting that was cancelled. Campaigns have already stood down; a meeting
 * that is on again is entered as a new one.
 */
public class MeetingCancelledException extends RuntimeException {

    MeetingCancelledException(UUID id) {
        super("Meeting " + id + " was cancelled and cannot be changed; enter it again as a new meeting");
    }
}
