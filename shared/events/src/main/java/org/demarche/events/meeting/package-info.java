/**
 * Events of the meetings topic ({@code demarche.meetings.v1}, keyed by meeting
 * id), published by intake: a meeting between officials is scheduled, moved or
 * cancelled. Campaigns listens to decide whether a meeting opens a campaign and
 * to move or cancel its deadlines.
 */
package org.demarche.events.meeting;
