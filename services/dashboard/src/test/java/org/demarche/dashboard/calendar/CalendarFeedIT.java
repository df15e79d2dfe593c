package org.demarche.dashboard.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class CalendarFeedIT {

    private static final List<Participant> MACRON_ALIYEV = List.of(
            new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
            new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ"));

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void servesMeetingsAndDeadlinesAsValidIcalendarThatFollowsTheirChanges() throws Exception {
        UUID moved = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        send(new MeetingScheduled(moved, "Macron – Aliyev, Paris", Instant.parse("2027-07-15T09:00:00Z"), "Europe/Paris",
                "Paris", MACRON_ALIYEV), 0);
        send(new MeetingScheduled(cancelled, "Erdoğan – Aliyev, Ankara", Instant.parse("2027-08-02T07:00:00Z"),
                "Europe/Istanbul", "Ankara", MACRON_ALIYEV), 1);
        send(new CampaignOpened(campaign, moved, "macron", "AZ", "Macron – Aliyev, Paris",
                Instant.parse("2027-07-15T09:00:00Z"), "Europe/Paris", "Emmanuel Macron"), 2);
        send(new DeadlineScheduled(campaign, "publication", Instant.parse("2027-07-13T09:00:00Z")), 3);
        String feed = JsonPath.read(http.perform(post("/api/calendar-feeds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lead\": \"Brigitte Dufour\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lead").value("Brigitte Dufour"))
                .andReturn().getResponse().getContentAsString(), "$.url");
        String path = feed.substring(feed.indexOf("/calendar/"));

        // two meetings, each keyed by its own id, may be read from different partitions in either order
        await().atMost(Duration.ofSeconds(30)).until(() -> deadline(read(path), campaign).isPresent()
                && meeting(read(path), moved).isPresent() && meeting(read(path), cancelled).isPresent());
        Calendar first = read(path);
        assertThat(first.validate().hasErrors()).as(first.validate().toString()).isFalse();
        assertThat(start(meeting(first, moved).orElseThrow())).isEqualTo("20270715T090000Z");
        assertThat(deadline(first, campaign).orElseThrow().getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Letter published – Macron – Aliyev, Paris");

        send(new MeetingRescheduled(moved, "Macron – Aliyev, Versailles", Instant.parse("2027-07-16T13:30:00Z"),
                "Europe/Paris", "Versailles", MACRON_ALIYEV, Instant.parse("2027-07-15T09:00:00Z")), 4);
        send(new MeetingCancelled(cancelled, "postponed"), 5);
        send(new DeadlineScheduled(campaign, "publication", Instant.parse("2027-07-14T13:30:00Z")), 6);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Calendar now = read(path);
            VEvent movedMeeting = meeting(now, moved).orElseThrow();
            assertThat(start(movedMeeting)).isEqualTo("20270716T133000Z");
            assertThat(movedMeeting.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Versailles");
            assertThat(movedMeeting.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
            assertThat(meeting(now, cancelled).orElseThrow().getProperty(Property.STATUS).orElseThrow().getValue())
                    .isEqualTo("CANCELLED");
            assertThat(start(deadline(now, campaign).orElseThrow())).isEqualTo("20270714T133000Z");
            assertThat(now.validate().hasErrors()).isFalse();
        });
    }

    @Test
    void answersNotFoundForAnUnknownOrRevokedToken() throws Exception {
        String token = JsonPath.read(http.perform(post("/api/calendar-feeds").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lead\": \"lead-2\"}"))
                .andReturn().getResponse().getContentAsString(), "$.token");
        http.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk());

        http.perform(delete("/api/calendar-feeds/" + token)).andExpect(status().isNoContent());

        http.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        http.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
        http.perform(post("/api/calendar-feeds").contentType(MediaType.APPLICATION_JSON).content("{\"lead\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lead"));
    }

    private Calendar read(String path) throws Exception {
        String body = http.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Optional<VEvent> meeting(Calendar calendar, UUID id) {
        return event(calendar, "meeting-" + id + "@demarche");
    }

    private static Optional<VEvent> deadline(Calendar calendar, UUID campaign) {
        return event(calendar, "deadline-" + campaign + "-publication@demarche");
    }

    private static Optional<VEvent> event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.UID).map(p -> p.getValue().equals(uid)).orElse(false))
                .findFirst();
    }

    private static String start(VEvent event) {
        return event.getProperty(Property.DTSTART).orElseThrow().getValue();
    }

    private void send(DemarcheEvent event, int seconds) {
        events.send(EventEnvelope.of(event, "/demarche/test", Instant.parse("2027-06-01T08:00:00Z").plusSeconds(seconds),
                "feed-" + event.partitionKey()));
    }
}
