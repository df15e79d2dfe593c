/**
 * Meetings as coordinators enter them: a title, a local start time in the meeting's own time
 * zone, a city and the participants. Entering one stores it and publishes MeetingScheduled in the
 * same transaction.
 */
package org.demarche.intake.meeting;
