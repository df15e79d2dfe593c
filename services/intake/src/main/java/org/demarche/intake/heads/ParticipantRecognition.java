package org.demarche.intake.heads;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.demarche.events.Participant;
import org.springframework.stereotype.Service;

/**
 * Who takes part in a meeting, as far as the heads-of-state list can tell from what a calendar
 * entry says: its title first (whose order, "Macron – Aliyev", is the one people read), then its
 * attendees' names.
 */
@Service
public class ParticipantRecognition {

    private final HeadsOfState heads;

    ParticipantRecognition(HeadsOfState heads) {
        this.heads = heads;
    }

    /** A matcher over the heads active now; build one per import, not per entry. */
    public Recogniser recogniser() {
        return Recogniser.of(heads.active());
    }

    /** Recognises participants against one snapshot of the list. */
    public static final class Recogniser {

        private final NameMatcher matcher;

        private Recogniser(NameMatcher matcher) {
            this.matcher = matcher;
        }

        /** A recogniser of the given heads, whether or not they are in the table. */
        public static Recogniser of(List<HeadOfState> heads) {
            return new Recogniser(new NameMatcher(heads));
        }

        public List<Participant> participants(String title, List<String> attendeeNames) {
            Set<HeadOfState> found = new LinkedHashSet<>(matcher.find(title));
            for (String attendee : attendeeNames) {
                found.addAll(matcher.find(attendee));
            }
            List<Participant> participants = new ArrayList<>();
            found.forEach(head -> participants.add(new Participant(head.name(), head.title(), head.country())));
            return participants;
        }

        /**
         * Whether the title or an attendee's name names a known head of state or government, or a
         * country: what an entry must do to be possibly a meeting of leaders.
         */
        public boolean namesLeaderOrCountry(String title, List<String> attendeeNames) {
            if (!participants(title, attendeeNames).isEmpty() || !Countries.namedIn(title).isEmpty()) {
                return true;
            }
            return attendeeNames.stream().anyMatch(name -> !Countries.namedIn(name).isEmpty());
        }
    }
}
