/**
 * Meetings as coordinators enter them: a title, a local start time in the meeting's own time
 * zone, a city and the participants. Entering, moving or cancelling one stores the change and
 * publishes MeetingScheduled, MeetingRescheduled or MeetingCancelled in the same transaction; a
 * change that changes nothing publishes nothing. Two ways in, one set of checks: the JSON API
 * ({@code /api/meetings}) and the coordinators' pages ({@code /meetings}), which show the same
 * refusals next to the form's fields in English or French.
 */
package org.demarche.intake.meeting;
