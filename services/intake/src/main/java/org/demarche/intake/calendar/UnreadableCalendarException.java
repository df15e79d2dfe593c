package org.demarche.intake.calendar;

/**
 * A file that is no calendar at all (not UTF-8 text, no VCALENDAR, cut off mid-structure, over
 * the limits); nothing of it is imported. Answered with 400 and the reason, for the coordinator
 * to fix the file. An event that cannot be read is skipped instead ({@link UnreadableComponentException}).
 */
public class UnreadableCalendarException extends RuntimeException {

    UnreadableCalendarException(String reason) {
        super(reason);
    }
}
