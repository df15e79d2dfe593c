package org.demarche.intake.meeting;

import java.time.Instant;
import java.util.List;

import org.demarche.events.Participant;

/** A meeting that passed every check and is ready to be stored. */
record NewMeeting(String title, MeetingTime time, Instant startsAt, String city, List<Participant> participants) {
}
