package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.intake.meeting.MeetingPagesTest.form;
import static org.demarche.intake.meeting.MeetingPagesTest.page;
import static org.demarche.intake.meeting.MeetingPagesTest.referenceMeeting;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Coordinators' meeting pages with the real store and broker: a form entered, moved and cancelled
 * publishes its event and the list shows what was stored. How the pages look, their refusals, their
 * language and who may post them is {@link MeetingPagesTest}'s, a slice without infrastructure.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class MeetingPagesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void enteringAMeetingThroughTheFormPublishesItAndRedirectsToTheListWithAMessage() throws Exception {
        String title = "Macron – Aliyev " + UUID.randomUUID();

        String flashMessage = (String) http.perform(form(post("/meetings"), referenceMeeting(title)).with(SignedIn.COORDINATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings"))
                .andExpect(flash().attribute("flash", allOf(containsString(title), containsString("was entered"),
                        containsString("registered target"), containsString("open cases"))))
                .andReturn().getFlashMap().get("flash");

        var scheduled = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.title().equals(title), WAIT)
                .payload();
        assertThat(scheduled.startsAt()).isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));
        assertThat(scheduled.timeZone()).isEqualTo("Europe/Paris");
        assertThat(scheduled.enteredBy()).as("the coordinator who sent the form").isEqualTo("amina");
        assertThat(scheduled.participants()).extracting("country").containsExactly("FR", "AZ");

        Document list = page(http.perform(get("/meetings").with(SignedIn.COORDINATOR).flashAttr("flash", flashMessage)));
        assertThat(list.selectFirst("#flash")).isNotNull();
        assertThat(list.selectFirst("#flash").attr("role")).isEqualTo("status");
        assertThat(list.selectFirst("#flash").text()).contains(title);
        Element row = list.select("table.meetings tbody tr").stream()
                .filter(tr -> tr.text().contains(title)).findFirst().orElseThrow();
        assertThat(row.text()).contains("Europe/Paris", "Paris", "Emmanuel Macron (FR)", "Ilham Aliyev (AZ)", "Scheduled");
        assertThat(row.selectFirst("a.edit").attr("href")).isEqualTo("/meetings/" + scheduled.meetingId() + "/edit");
        assertThat(list.selectFirst("a#enter-a-meeting").attr("href")).isEqualTo("/meetings/new");
    }

    @Test
    void movingAMeetingFromItsPagePublishesMeetingRescheduled() throws Exception {
        String title = "To be moved " + UUID.randomUUID();
        UUID id = enterThroughTheForm(title);
        Document edit = page(http.perform(get("/meetings/" + id + "/edit").with(SignedIn.COORDINATOR)));
        assertThat(edit.selectFirst("#meeting-form").attr("action")).isEqualTo("/meetings/" + id);
        assertThat(edit.selectFirst("#startsAt").val()).isEqualTo("2018-07-20T11:00");
        Map<String, String> moved = referenceMeeting(title);
        moved.put("startsAt", "2018-07-21T15:30");
        moved.put("city", "Versailles");

        http.perform(form(post("/meetings/" + id), moved).with(SignedIn.COORDINATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings"))
                .andExpect(flash().attribute("flash", containsString("was changed")));

        var rescheduled = events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class, m -> m.meetingId().equals(id), WAIT)
                .payload();
        assertThat(rescheduled.startsAt()).isEqualTo(Instant.parse("2018-07-21T13:30:00Z"));
        assertThat(rescheduled.city()).isEqualTo("Versailles");
        assertThat(rescheduled.previousStartsAt()).isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));

        moved.put("startsAt", "2018-10-28T02:30");
        Document refused = page(http.perform(form(post("/meetings/" + id), moved).with(SignedIn.COORDINATOR))
                .andExpect(status().isBadRequest()));
        assertThat(refused.selectFirst("#startsAt-error").text()).contains("happens twice in Europe/Paris");
    }

    @Test
    void cancellingAMeetingFromItsPagePublishesMeetingCancelledWithTheReason() throws Exception {
        String title = "To be cancelled " + UUID.randomUUID();
        UUID id = enterThroughTheForm(title);

        http.perform(post("/meetings/" + id + "/cancel").param("reason", "Visit postponed").with(SignedIn.COORDINATOR).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/meetings"))
                .andExpect(flash().attribute("flash", containsString("was cancelled")));

        var cancelled = events.awaitEvent(Topics.MEETINGS, MeetingCancelled.class, m -> m.meetingId().equals(id), WAIT)
                .payload();
        assertThat(cancelled.reason()).isEqualTo("Visit postponed");
        Document edit = page(http.perform(get("/meetings/" + id + "/edit").with(SignedIn.COORDINATOR)));
        assertThat(edit.selectFirst("#enter-meeting")).as("a cancelled meeting stays cancelled").isNull();
        http.perform(form(post("/meetings/" + id), referenceMeeting(title)).with(SignedIn.COORDINATOR))
                .andExpect(status().isConflict());
    }

    private UUID enterThroughTheForm(String title) throws Exception {
        http.perform(form(post("/meetings"), referenceMeeting(title)).with(SignedIn.COORDINATOR)).andExpect(status().isFound());
        return events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.title().equals(title), WAIT)
                .payload().meetingId();
    }
}
