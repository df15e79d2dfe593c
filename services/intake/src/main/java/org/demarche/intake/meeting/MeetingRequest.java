package org.demarche.intake.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.demarche.events.Participant;
import org.demarche.intake.IntakeProperties;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;

/**
 * The body of {@code POST /api/meetings}, as API.md gives it. Fields are read as sent and checked
 * here, so that every problem is reported with the field's name.
 */
public record MeetingRequest(String title, String startsAt, String timeZone, String city,
                             List<ParticipantRequest> participants) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public record ParticipantRequest(String name, String title, String country) {
    }

    /** The meeting this request describes, or every problem with it at once. */
    NewMeeting validate(IntakeProperties limits) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "is required"));
        } else if (title.strip().length() > limits.maxTitleLength()) {
            problems.add(new FieldProblem("title", "is " + title.strip().length() + " characters long; at most "
                    + limits.maxTitleLength() + " are allowed"));
        }
        if (city == null || city.isBlank()) {
            problems.add(new FieldProblem("city", "is required"));
        }
        List<Participant> people = participants(limits, problems);
        MeetingTime time = null;
        java.time.Instant instant = null;
        try {
            time = MeetingTime.parse(startsAt, timeZone);
            instant = time.instant();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewMeeting(title.strip(), time, instant, city.strip(), people);
    }

    private List<Participant> participants(IntakeProperties limits, List<FieldProblem> problems) {
        List<ParticipantRequest> given = participants == null ? List.of() : participants;
        if (given.size() < limits.minParticipants()) {
            problems.add(new FieldProblem("participants", "a meeting needs at least " + limits.minParticipants()
                    + " participants, " + given.size() + " given"));
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ParticipantRequest p = given.get(i);
            String at = "participants[" + i + "]";
            if (p == null || p.name() == null || p.name().isBlank()) {
                problems.add(new FieldProblem(at + ".name", "is required"));
                continue;
            }
            String country = p.country() == null ? "" : p.country().strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                problems.add(new FieldProblem(at + ".country", "'" + p.country()
                        + "' is not an ISO 3166-1 alpha-2 country code such as FR or AZ"));
                continue;
            }
            people.add(new Participant(p.name().strip(), p.title() == null ? "" : p.title().strip(), country));
        }
        return people;
    }
}
