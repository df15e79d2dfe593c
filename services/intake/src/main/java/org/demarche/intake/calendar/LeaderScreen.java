package org.demarche.intake.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Whether a calendar event may be a meeting of leaders at all, decided once per UID before its
 * occurrences are expanded: a personal calendar's three thousand stand-ups and birthdays are
 * skipped as one entry each, not expanded and then held for review one by one. An event may be a
 * meeting when it gives X-DEMARCHE-PARTICIPANTS, when it is a meeting already (a coordinator
 * named its participants in the review queue, so its title need not name them), or when its
 * title or an attendee names a known head of state or government or a country. A yearly all-day
 * event is a birthday, an anniversary or a holiday, whoever it names.
 *
 * @param isMeeting            whether the UID has become a meeting in Démarche
 * @param namesLeaderOrCountry whether a title or one of the attendees' names names a known leader or a country
 */
record LeaderScreen(Predicate<String> isMeeting, BiPredicate<String, List<String>> namesLeaderOrCountry) {

    static final String NOT_A_MEETING_OF_LEADERS = "not a meeting of leaders";

    /** Why the event (every version of one UID) cannot be a meeting of leaders; empty when it may be one. */
    Optional<String> whyNot(String uid, List<IcsComponent> versions) {
        if (versions.stream().anyMatch(v -> v.property(CalendarReading.PARTICIPANTS_PROPERTY).isPresent())
                || isMeeting.test(uid)) {
            return Optional.empty();
        }
        if (versions.stream().anyMatch(LeaderScreen::isYearlyAllDay)) {
            return Optional.of(NOT_A_MEETING_OF_LEADERS + ": a yearly all-day event (a birthday, an anniversary or "
                    + "a holiday)");
        }
        if (versions.stream().anyMatch(v -> namesLeaderOrCountry.test(v.text("SUMMARY"), v.attendeeNames()))) {
            return Optional.empty();
        }
        return Optional.of(NOT_A_MEETING_OF_LEADERS + ": neither its title nor its attendees name a known head of "
                + "state or government or a country, and it has no " + CalendarReading.PARTICIPANTS_PROPERTY);
    }

    /** Read from the lines as written, so that an odd date costs the event later, with its own reason. */
    private static boolean isYearlyAllDay(IcsComponent event) {
        boolean allDay = event.property("DTSTART").map(start -> "DATE".equalsIgnoreCase(start.parameter("VALUE"))
                || start.value().strip().length() == 8).orElse(false);
        return allDay && event.all("RRULE").stream()
                .anyMatch(rule -> rule.value().toUpperCase(Locale.ROOT).contains("FREQ=YEARLY"));
    }
}
