/**
 * Meetings as coordinators enter them: a title, a local start time in the meeting's own time
 * zone, a city and the participants. Entering, moving or cancelling one stores the change and
 * publishes MeetingScheduled, MeetingRescheduled or MeetingCancelled in the same transaction; a
 * change that changes nothing publishes nothing.
 */
package org.demarche.intake.meeting;
