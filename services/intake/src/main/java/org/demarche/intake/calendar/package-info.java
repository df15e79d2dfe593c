/**
 * Meetings from coordinators' calendars: an iCalendar file (uploaded, or polled from a feed) is
 * read whole with ical4j's parser before anything is imported, its events are placed in time
 * (IANA, Windows and file-defined zones, UTC, floating and all-day times, recurrences within a
 * horizon) and each entry becomes a MeetingScheduled, MeetingRescheduled or MeetingCancelled
 * through the same registrar as the meetings API. An entry whose participants cannot be
 * recognised waits in the review queue instead of being dropped.
 */
package org.demarche.intake.calendar;
