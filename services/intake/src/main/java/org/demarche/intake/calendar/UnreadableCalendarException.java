package org.demarche.intake.calendar;

/**
 * A calendar file that cannot be read whole; nothing of it is imported. Answered with 400 and
 * the reason, for the coordinator to fix the file.
 */
public class UnreadableCalendarException extends RuntimeException {

    public UnreadableCalendarException(String reason) {
        super(reason);
    }
}
