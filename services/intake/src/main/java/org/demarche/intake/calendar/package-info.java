/**
 * Meetings from coordinators' calendars: an iCalendar file (uploaded, or polled from a feed) as
 * Outlook, Google, Apple, Thunderbird, KOrganizer and booking sites write it is read with ical4j's
 * parser, event by event: a line the parser would stop at costs at most its event, and only a file
 * that is no calendar at all (not UTF-8 text, no VCALENDAR, cut off, over the limits) is refused
 * whole. Events that cannot be meetings of leaders (birthdays, stand-ups, train tickets) are
 * skipped before their occurrences are expanded; the others are placed in time (IANA, Windows and
 * file-defined zones, UTC, floating and all-day times, recurrences within a horizon) and each
 * entry becomes a MeetingScheduled, MeetingRescheduled or MeetingCancelled through the same
 * registrar as the meetings API. An entry that names a leader or a country but whose participants
 * cannot all be recognised waits in the review queue instead of being dropped.
 */
package org.demarche.intake.calendar;
