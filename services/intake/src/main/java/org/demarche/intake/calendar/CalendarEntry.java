package org.demarche.intake.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.demarche.events.Participant;

/**
 * One meeting as a calendar file says it: a single event, or one occurrence of a recurring one,
 * placed in time and space.
 *
 * @param occurrence           '' for a single event; the original start of an occurrence
 *                             ({@code 20270715T090000Z}, or {@code 20270715} for a day)
 * @param originalStart        the moment the occurrence was first meant to start (its start, for a single event)
 * @param city                 the city named by LOCATION; null when there is no LOCATION
 * @param knownCity            whether {@code city} is a city whose zone is known, rather than a loose reading
 * @param zone                 the meeting's zone: the city's, else the event's, the calendar's or the default
 * @param localStart           wall-clock start in {@code zone}
 * @param explicitParticipants participants named in X-DEMARCHE-PARTICIPANTS; null when the property is absent
 * @param participantsProblem  why X-DEMARCHE-PARTICIPANTS could not be read; null when it could
 * @param attendees            the names (CN) of the event's attendees
 * @param fingerprint          digest of everything above that a coordinator could see change
 */
record CalendarEntry(String uid, String occurrence, Instant originalStart, int sequence, boolean cancelled,
                     String title, String location, String city, boolean knownCity, ZoneId zone,
                     LocalDateTime localStart, Instant startsAt, boolean allDay,
                     List<Participant> explicitParticipants, String participantsProblem, List<String> attendees,
                     String fingerprint) {

    static final String SINGLE = "";

    /** How the coordinator recognises the entry in a report: its UID, and the occurrence of a recurring one. */
    String label() {
        return occurrence.isEmpty() ? uid : uid + " (" + occurrence + ")";
    }
}
