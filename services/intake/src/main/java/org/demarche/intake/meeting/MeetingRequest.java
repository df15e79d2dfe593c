package org.demarche.intake.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.demarche.events.Participant;
import org.demarche.intake.IntakeProperties;
import org.demarche.platform.CountryCodes;

/**
 * The body of {@code POST /api/meetings}, as API.md gives it. Fields are read as sent and checked
 * here, so that every problem is reported with the field's name.
 */
public record MeetingRequest(String title, String startsAt, String timeZone, String city,
                             List<ParticipantRequest> participants) {


    public record ParticipantRequest(String name, String title, String country) {
    }

    /**
     * The meeting this request describes, or every problem with it at once.
     *
     * @throws MeetingRefusedException naming every problem, each with its message code for the pages
     */
    NewMeeting validate(IntakeProperties limits) {
        List<MeetingProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(MeetingProblem.of("title", "meeting.problem.title.required", "is required"));
        } else if (title.strip().length() > limits.maxTitleLength()) {
            int length = title.strip().length();
            problems.add(MeetingProblem.of("title", "meeting.problem.title.too-long", "is " + length
                    + " characters long; at most " + limits.maxTitleLength() + " are allowed",
                    length, limits.maxTitleLength()));
        }
        if (city == null || city.isBlank()) {
            problems.add(MeetingProblem.of("city", "meeting.problem.city.required", "is required"));
        }
        List<Participant> people = participants(limits, problems);
        MeetingTime time = null;
        java.time.Instant instant = null;
        try {
            time = MeetingTime.parse(startsAt, timeZone);
            instant = time.instant();
        } catch (MeetingRefusedException e) {
            problems.addAll(e.meetingProblems());
        }
        if (!problems.isEmpty()) {
            throw new MeetingRefusedException(problems);
        }
        return new NewMeeting(title.strip(), time, instant, city.strip(), people);
    }

    private List<Participant> participants(IntakeProperties limits, List<MeetingProblem> problems) {
        List<ParticipantRequest> given = participants == null ? List.of() : participants;
        if (given.size() < limits.minParticipants()) {
            problems.add(MeetingProblem.of("participants", "meeting.problem.participants.too-few",
                    "a meeting needs at least " + limits.minParticipants() + " participants, " + given.size() + " given",
                    limits.minParticipants(), given.size()));
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ParticipantRequest p = given.get(i);
            String at = "participants[" + i + "]";
            if (p == null || p.name() == null || p.name().isBlank()) {
                problems.add(MeetingProblem.of(at + ".name", "meeting.problem.participant.name.required", "is required"));
                continue;
            }
            String country = p.country() == null ? "" : p.country().strip().toUpperCase(Locale.ROOT);
            if (!CountryCodes.isAlpha2(country)) {
                problems.add(MeetingProblem.of(at + ".country", country.isEmpty()
                                ? "meeting.problem.participant.country.required"
                                : "meeting.problem.participant.country.invalid",
                        "'" + p.country() + "' is not an ISO 3166-1 alpha-2 country code such as FR or AZ",
                        p.country() == null ? "" : p.country().strip()));
                continue;
            }
            people.add(new Participant(p.name().strip(), p.title() == null ? "" : p.title().strip(), country));
        }
        return people;
    }
}
