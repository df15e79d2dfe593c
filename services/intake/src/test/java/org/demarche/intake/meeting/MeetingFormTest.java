package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.demarche.intake.meeting.MeetingForm.Row;
import org.junit.jupiter.api.Test;

class MeetingFormTest {

    @Test
    void leavesBlankRowsOutOfTheRequestAndNamesTheRowBehindEachParticipantTheApiCounts() {
        MeetingForm form = new MeetingForm("Macron – Aliyev", "2018-07-20T11:00", "Europe/Paris", "Paris", List.of(
                new Row("Emmanuel Macron", "President", "FR"), Row.BLANK, new Row("Ilham Aliyev", "", " ")));

        assertThat(form.toRequest().participants()).extracting("name").containsExactly("Emmanuel Macron", "Ilham Aliyev");
        assertThat(form.formFieldOf("participants[1].country")).isEqualTo("participant-2-country");
        assertThat(form.formFieldOf("participants[0].name")).isEqualTo("participant-0-name");
        assertThat(form.formFieldOf("timeZone")).isEqualTo("timeZone");
        assertThat(form.firstEmptyRow()).isEqualTo(1);
    }

    @Test
    void alwaysShowsFourRowsAndReadsTheRowsTheFormSent() {
        MeetingForm form = MeetingForm.from(Map.of("title", "T", "participant-0-name", "A", "participant-0-country", "fr",
                "participant-1-name", "B"));

        assertThat(form.participants()).hasSize(MeetingForm.SHOWN_ROWS);
        assertThat(form.participants().get(0)).isEqualTo(new Row("A", "", "fr"));
        assertThat(form.startsAt()).isEmpty();
    }

    @Test
    void refusesTheFormForExactlyWhatTheApiRefuses() {
        MeetingForm form = new MeetingForm("", "2018-07-20T11:00", "Europe/Paris", "Paris", List.of(
                new Row("Emmanuel Macron", "", "FR"), new Row("Ilham Aliyev", "", "AZE")));

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(MeetingRefusedException.class,
                () -> form.toRequest().validate(new org.demarche.intake.IntakeProperties(200, 2)));

        assertThat(refused.meetingProblems()).extracting(MeetingProblem::code).containsExactlyInAnyOrder(
                "meeting.problem.title.required", "meeting.problem.participant.country.invalid");
        assertThat(refused.problems()).extracting("field").containsExactlyInAnyOrder("title", "participants[1].country");
    }
}
