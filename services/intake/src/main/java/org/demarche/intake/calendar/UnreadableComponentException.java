package org.demarche.intake.calendar;

/**
 * An event or time zone of a calendar file that cannot be read; the rest of the file can. The
 * event (or the events placed in the zone) is reported as skipped, with this reason.
 */
class UnreadableComponentException extends RuntimeException {

    UnreadableComponentException(String reason) {
        super(reason);
    }
}
