package org.demarche.intake.meeting;

import java.util.UUID;

/** A change asked for a meeting that was never entered. */
class UnknownMeetingException extends RuntimeException {

    UnknownMeetingException(UUID id) {
        super("No meeting has the id " + id);
    }
}
