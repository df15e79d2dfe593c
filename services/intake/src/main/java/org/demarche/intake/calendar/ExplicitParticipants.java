package org.demarche.intake.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.demarche.events.Participant;

/** X-DEMARCHE-PARTICIPANTS: {@code Name|Title|CC;Name|Title|CC}, as coordinators write it in an event. */
record ExplicitParticipants(List<Participant> participants, String problem) {

    static ExplicitParticipants of(String value) {
        if (value == null) {
            return new ExplicitParticipants(null, null);
        }
        List<Participant> participants = new ArrayList<>();
        String[] items = value.split(";");
        for (int i = 0; i < items.length; i++) {
            String[] fields = items[i].split("\\|", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[2].isBlank()) {
                return new ExplicitParticipants(null, CalendarReading.PARTICIPANTS_PROPERTY + " item " + (i + 1) + " '"
                        + items[i].strip() + "' is not Name|Title|CC");
            }
            participants.add(new Participant(fields[0].strip(), fields[1].strip(),
                    fields[2].strip().toUpperCase(Locale.ROOT)));
        }
        return new ExplicitParticipants(List.copyOf(participants), null);
    }
}
