package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.response.PartnerSigned;
import org.junit.jupiter.api.Test;

class EventRecordsTest {

    @Test
    void keepsItsOwnCopyOfTheListsItWasGiven() {
        List<Participant> participants = new ArrayList<>(SampleEvents.PARTICIPANTS);
        MeetingScheduled meeting = new MeetingScheduled(SampleEvents.MEETING_ID, "Visit",
                SampleEvents.MEETING_STARTS_AT, "Europe/Paris", "Paris", participants);

        participants.clear();

        assertThat(meeting.participants()).hasSize(2);
        assertThatThrownBy(() -> meeting.participants().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheMissingRequiredField() {
        assertThatThrownBy(() -> new MeetingScheduled(SampleEvents.MEETING_ID, "Visit", null, "Europe/Paris", "Paris",
                List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("startsAt is required");
        assertThatThrownBy(() -> new Participant("Ilham Aliyev", null, null)).hasMessage("country is required");
    }

    @Test
    void rejectsDraftVersionsBelowOne() {
        assertThatThrownBy(() -> new DraftRevised(SampleEvents.CAMPAIGN_ID, 0, "text", null, "first draft"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must be at least 1, was 0");
        assertThatThrownBy(() -> new PartnerSigned(SampleEvents.CAMPAIGN_ID, "p", SampleEvents.SIGNATORY, 0,
                SampleEvents.MEETING_STARTS_AT, null))
                .hasMessage("draftVersion must be at least 1, was 0");
    }
}
