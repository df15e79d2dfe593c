package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.demarche.intake.IntakeProperties;
import org.demarche.intake.meeting.MeetingRequest.ParticipantRequest;
import org.demarche.platform.web.FieldProblem;
import org.demarche.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class MeetingRequestTest {

    private static final IntakeProperties LIMITS = new IntakeProperties(200, 2);
    private static final List<ParticipantRequest> MACRON_ALIYEV = List.of(
            new ParticipantRequest("Emmanuel Macron", "President of the French Republic", "FR"),
            new ParticipantRequest("Ilham Aliyev", "President of the Republic of Azerbaijan", "az"));

    @Test
    void acceptsTheReferenceMeetingAndNormalisesCountryCodes() {
        NewMeeting meeting = new MeetingRequest("Macron – Aliyev", "2018-07-20T11:00", "Europe/Paris", "Paris",
                MACRON_ALIYEV).validate(LIMITS);

        assertThat(meeting.participants()).extracting("country").containsExactly("FR", "AZ");
        assertThat(meeting.startsAt()).hasToString("2018-07-20T09:00:00Z");
    }

    @Test
    void needsAtLeastTwoParticipants() {
        var problems = problemsOf(new MeetingRequest("Macron alone", "2018-07-20T11:00", "Europe/Paris", "Paris",
                MACRON_ALIYEV.subList(0, 1)));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("participants");
        assertThat(problems.get(0).message()).contains("at least 2", "1 given");
    }

    @Test
    void namesTheParticipantWhoseCountryIsUnknown() {
        var problems = problemsOf(new MeetingRequest("Macron – Aliyev", "2018-07-20T11:00", "Europe/Paris", "Paris",
                List.of(MACRON_ALIYEV.get(0), new ParticipantRequest("Ilham Aliyev", "President", "AZE"))));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("participants[1].country");
    }

    @Test
    void refusesATitleLongerThanTheLimit() {
        var problems = problemsOf(new MeetingRequest("x".repeat(201), "2018-07-20T11:00", "Europe/Paris", "Paris",
                MACRON_ALIYEV));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("title");
        assertThat(problems.get(0).message()).contains("201", "200");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var problems = problemsOf(new MeetingRequest("", "soon", "Mars/Olympus", "", null));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("title", "city", "participants", "timeZone");
    }

    @Test
    void namesTheParticipantWithoutAName() {
        var problems = problemsOf(new MeetingRequest("Macron – Aliyev", "2018-07-20T11:00", "Europe/Paris", "Paris",
                List.of(MACRON_ALIYEV.get(0), new ParticipantRequest(" ", "President", "AZ"))));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("participants[1].name");
    }

    @Test
    void namesAnUnreadableStartTime() {
        var problems = problemsOf(new MeetingRequest("Macron – Aliyev", "20/07/2018 11:00", "Europe/Paris", "Paris",
                MACRON_ALIYEV));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("startsAt");
    }

    @Test
    void describesAnUnchangedMeetingAsTheStoredOne() {
        NewMeeting entered = new MeetingRequest("Macron – Aliyev", "2018-07-20T11:00", "Europe/Paris", "Paris",
                MACRON_ALIYEV).validate(LIMITS);
        Meeting stored = new Meeting(java.util.UUID.randomUUID(), "Macron – Aliyev", "2018-07-20T11:00",
                "Europe/Paris", entered.startsAt(), "Paris", entered.participants(), Meeting.SCHEDULED, "amina",
                "amina@coalition.example.org");

        assertThat(stored.isDescribedBy(entered)).isTrue();
        assertThat(stored.isDescribedBy(new MeetingRequest("Macron – Aliyev", "2018-07-20T11:00", "Europe/London",
                "Paris", MACRON_ALIYEV).validate(LIMITS))).as("same wall-clock time, other zone").isFalse();
        assertThat(stored.isDescribedBy(new MeetingRequest("Macron – Aliyev", "2018-07-20T11:00", "Europe/Paris",
                "Paris", List.of(MACRON_ALIYEV.get(1), MACRON_ALIYEV.get(0))).validate(LIMITS)))
                .as("participants reordered").isFalse();
    }

    private static List<FieldProblem> problemsOf(MeetingRequest request) {
        return catchThrowableOfType(InvalidInputException.class, () -> request.validate(LIMITS)).problems();
    }
}
