package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.intake.PublishedEvents;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class MeetingChangesIT {

    private static final String REFERENCE_MEETING = """
            {"title": "Macron – Aliyev, Paris", "startsAt": "2018-07-20T11:00", "timeZone": "Europe/Paris",
             "city": "Paris", "participants": [
               {"name": "Emmanuel Macron", "title": "President of the French Republic", "country": "FR"},
               {"name": "Ilham Aliyev", "title": "President of the Republic of Azerbaijan", "country": "AZ"}]}
            """;

    @Autowired
    MockMvc http;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaTestClient events;
    PublishedEvents published;

    @BeforeEach
    void connect() {
        published = new PublishedEvents(kafka, jdbc);
    }

    @Test
    void reschedulingPublishesTheNewTimeWithTheStartItReplaces() throws Exception {
        UUID id = schedule(REFERENCE_MEETING);

        http.perform(put("/api/meetings/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERENCE_MEETING.replace("2018-07-20T11:00", "2018-07-21T15:30")
                                .replace("\"Paris\"", "\"Versailles\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.startsAt").value("2018-07-21T15:30"))
                .andExpect(jsonPath("$.city").value("Versailles"));

        var moved = events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class, m -> m.meetingId().equals(id),
                Duration.ofSeconds(30)).payload();
        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2018-07-21T13:30:00Z"));
        assertThat(moved.previousStartsAt()).isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));
        assertThat(moved.city()).isEqualTo("Versailles");
        assertThat(moved.timeZone()).isEqualTo("Europe/Paris");
        assertThat(moved.participants()).extracting("country").containsExactly("FR", "AZ");
        http.perform(get("/api/meetings/" + id))
                .andExpect(jsonPath("$.startsAt").value("2018-07-21T15:30"))
                .andExpect(jsonPath("$.startsAtUtc").value("2018-07-21T13:30:00Z"));
    }

    @Test
    void aChangedParticipantIsAChangeEvenWhenTheTimeStays() throws Exception {
        UUID id = schedule(REFERENCE_MEETING);

        http.perform(put("/api/meetings/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERENCE_MEETING.replace("Emmanuel Macron", "Édouard Philippe")))
                .andExpect(status().isOk());

        var moved = events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class, m -> m.meetingId().equals(id),
                Duration.ofSeconds(30)).payload();
        assertThat(moved.startsAt()).isEqualTo(moved.previousStartsAt());
        assertThat(moved.participants()).extracting("name").containsExactly("Édouard Philippe", "Ilham Aliyev");
    }

    @Test
    void savingTheMeetingUnchangedPublishesNothing() throws Exception {
        UUID id = schedule(REFERENCE_MEETING);

        http.perform(put("/api/meetings/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERENCE_MEETING.replace("\"Paris\"", "\"  Paris \"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Paris"));

        assertThat(eventsOf(id)).extracting(Object::getClass).containsExactly(MeetingScheduled.class);
    }

    @Test
    void cancellingTwicePublishesOneCancellation() throws Exception {
        UUID id = schedule(REFERENCE_MEETING);

        http.perform(delete("/api/meetings/" + id).param("reason", "postponed sine die"))
                .andExpect(status().isNoContent());
        http.perform(delete("/api/meetings/" + id)).andExpect(status().isNoContent());

        List<DemarcheEvent> published = eventsOf(id);
        assertThat(published).extracting(Object::getClass)
                .containsExactly(MeetingScheduled.class, MeetingCancelled.class);
        assertThat(((MeetingCancelled) published.get(1)).reason()).isEqualTo("postponed sine die");
        http.perform(get("/api/meetings/" + id)).andExpect(jsonPath("$.status").value("cancelled"));
    }

    @Test
    void aCancelledMeetingCannotBeMoved() throws Exception {
        UUID id = schedule(REFERENCE_MEETING);
        http.perform(delete("/api/meetings/" + id)).andExpect(status().isNoContent());

        http.perform(put("/api/meetings/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERENCE_MEETING.replace("2018-07-20T11:00", "2018-07-22T11:00")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cancelled")));

        assertThat(eventsOf(id)).extracting(Object::getClass)
                .containsExactly(MeetingScheduled.class, MeetingCancelled.class);
    }

    @Test
    void answersNotFoundForAMeetingNeverEntered() throws Exception {
        UUID unknown = UUID.randomUUID();

        http.perform(put("/api/meetings/" + unknown).contentType(MediaType.APPLICATION_JSON).content(REFERENCE_MEETING))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(unknown.toString())));
        http.perform(delete("/api/meetings/" + unknown))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnInvalidChangeNamingTheFieldAndKeepsTheMeeting() throws Exception {
        UUID id = schedule(REFERENCE_MEETING);

        http.perform(put("/api/meetings/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(REFERENCE_MEETING.replace("Europe/Paris", "Europe/Atlantis")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        http.perform(delete("/api/meetings/" + id).param("reason", "x".repeat(1001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        http.perform(get("/api/meetings/" + id))
                .andExpect(jsonPath("$.timeZone").value("Europe/Paris"))
                .andExpect(jsonPath("$.status").value("scheduled"));
        assertThat(eventsOf(id)).extracting(Object::getClass).containsExactly(MeetingScheduled.class);
    }

    private UUID schedule(String meeting) throws Exception {
        String location = http.perform(post("/api/meetings").contentType(MediaType.APPLICATION_JSON).content(meeting))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return UUID.fromString(location.substring("/api/meetings/".length()));
    }

    private List<DemarcheEvent> eventsOf(UUID meeting) {
        return published.all(Topics.MEETINGS, DemarcheEvent.class, event -> event.partitionKey().equals(meeting.toString()));
    }
}
