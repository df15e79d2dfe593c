package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.account.AccountSaved;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.intake.FixedClock;
import org.demarche.intake.calendar.CalendarFixtures;
import org.demarche.platform.security.DemarcheUsers;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every way a coordinator enters a meeting names them on MeetingScheduled, with the address their
 * account has here (copied from the dashboard's AccountSaved), so that partners' replies about its
 * campaigns reach a person: the API, the form, a calendar uploaded (at once or in the background)
 * and a calendar entry completed in review. A move by someone else keeps the meeting theirs.
 */
@SpringBootTest(properties = "demarche.admin.email=coalition-admin@coalition.example.org")
@AutoConfigureMockMvc
@RealInfrastructure
@Import(FixedClock.class)
class MeetingCoordinatorIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar");
    private static final String AMINA_EMAIL = "amina.karimova@coalition.example.org";
    private static final String LEYLA_EMAIL = "leyla@coalition.example.org";
    private static final RequestPostProcessor AMINA = user("amina").roles("COORDINATOR");
    private static final RequestPostProcessor LEYLA = user("leyla").roles("COORDINATOR");
    /** A coordinator with no address here. */
    private static final RequestPostProcessor NOOR = user("noor").roles("COORDINATOR");

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Autowired
    DemarcheUsers users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accountsArriveFromTheDashboard() {
        for (var account : List.of(new AccountSaved("amina", "{bcrypt}$2a$10$x", List.of("COORDINATOR"), AMINA_EMAIL),
                new AccountSaved("leyla", "{bcrypt}$2a$10$y", List.of("COORDINATOR"), LEYLA_EMAIL))) {
            if (users.emailOf(account.username()).isEmpty()) {
                events.send(EventEnvelope.of(account, "/demarche/dashboard", CalendarFixtures.NOW, null));
            }
        }
        await().atMost(WAIT).until(() -> users.emailOf("amina").isPresent() && users.emailOf("leyla").isPresent());
    }

    @Test
    void aMeetingEnteredThroughTheApiStaysItsCoordinatorsWhenSomeoneElseMovesIt() throws Exception {
        UUID id = enterByApi(AMINA, "Macron – Aliyev, Paris");

        MeetingScheduled scheduled = scheduled(id);
        assertThat(scheduled.enteredBy()).isEqualTo("amina");
        assertThat(scheduled.coordinatorEmail()).isEqualTo(AMINA_EMAIL);
        http.perform(get("/api/meetings/" + id).with(NOOR))
                .andExpect(jsonPath("$.enteredBy").value("amina"))
                .andExpect(jsonPath("$.coordinatorEmail").value(AMINA_EMAIL));

        http.perform(put("/api/meetings/" + id).with(NOOR).contentType(MediaType.APPLICATION_JSON)
                        .content(meeting("Macron – Aliyev, Paris", "2018-07-20T15:00")))
                .andExpect(status().isOk());
        MeetingRescheduled moved = events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class,
                m -> m.meetingId().equals(id), WAIT).payload();
        assertThat(moved.enteredBy()).isEqualTo("amina");
        assertThat(moved.coordinatorEmail()).isEqualTo(AMINA_EMAIL);
    }

    @Test
    void someoneWithoutAnAddressIsNamedWithoutOneAndTheConfiguredAdministratorWithTheConfiguredOne() throws Exception {
        MeetingScheduled byNoor = scheduled(enterByApi(NOOR, "Macron – Aliyev, Lyon"));
        assertThat(byNoor.enteredBy()).isEqualTo("noor");
        assertThat(byNoor.coordinatorEmail()).isNull();

        MeetingScheduled byAdmin = scheduled(enterByApi(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD),
                "Macron – Aliyev, Nice"));
        assertThat(byAdmin.enteredBy()).isEqualTo(TestAccounts.ADMIN);
        assertThat(byAdmin.coordinatorEmail()).isEqualTo("coalition-admin@coalition.example.org");
    }

    @Test
    void aMeetingEnteredWithTheFormIsItsCoordinators() throws Exception {
        String title = "Macron – Aliyev, Strasbourg";
        http.perform(post("/meetings").with(LEYLA).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", title).param("startsAt", "2027-07-15T11:00").param("timeZone", "Europe/Paris")
                        .param("city", "Strasbourg")
                        .param(MeetingForm.rowField(0, "name"), "Emmanuel Macron")
                        .param(MeetingForm.rowField(0, "country"), "FR")
                        .param(MeetingForm.rowField(1, "name"), "Ilham Aliyev")
                        .param(MeetingForm.rowField(1, "country"), "AZ"))
                .andExpect(status().isFound());

        MeetingScheduled scheduled = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                m -> m.title().equals(title), WAIT).payload();
        assertThat(scheduled.enteredBy()).isEqualTo("leyla");
        assertThat(scheduled.coordinatorEmail()).isEqualTo(LEYLA_EMAIL);
    }

    @Test
    void aCalendarUploadedMakesItsMeetingsTheUploadersAtOnceOrInTheBackground() throws Exception {
        http.perform(post("/api/imports/ics").with(AMINA).contentType(CALENDAR).content(calendar("upload-now", "Paris")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        MeetingScheduled now = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                m -> m.meetingId().equals(meetingOf("upload-now")), WAIT).payload();
        assertThat(now.enteredBy()).isEqualTo("amina");
        assertThat(now.coordinatorEmail()).isEqualTo(AMINA_EMAIL);

        http.perform(post("/api/imports/ics").with(LEYLA).contentType(CALENDAR).header("Prefer", "respond-async")
                        .content(calendar("upload-later", "Brussels")))
                .andExpect(status().isAccepted());
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT COUNT(*) FROM calendar_entry WHERE uid = :uid")
                .param("uid", "upload-later@coalition.example.org").query(Integer.class).single() == 1);
        MeetingScheduled later = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                m -> m.meetingId().equals(meetingOf("upload-later")), WAIT).payload();
        assertThat(later.enteredBy()).as("known on the import's own thread").isEqualTo("leyla");
        assertThat(later.coordinatorEmail()).isEqualTo(LEYLA_EMAIL);
    }

    @Test
    void anEntryCompletedInReviewIsTheMeetingOfTheCoordinatorWhoCompletedIt() throws Exception {
        // one head of state recognised: the entry waits for a coordinator to name the other participant
        String ics = CalendarFixtures.calendar("BEGIN:VEVENT", "UID:reviewed@coalition.example.org",
                "DTSTART;TZID=Europe/Paris:20271120T100000", "SUMMARY:Emmanuel Macron receives a delegation from Baku",
                "LOCATION:Palais de l'Élysée\\, Paris", "END:VEVENT");
        http.perform(post("/api/imports/ics").with(NOOR).contentType(CALENDAR)
                        .content(ics.getBytes(StandardCharsets.UTF_8)))
                .andExpect(jsonPath("$.forReview").value(1));
        String queue = http.perform(get("/api/review").with(NOOR)).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(queue, "$[?(@.uid == 'reviewed@coalition.example.org')].id");

        String location = http.perform(post("/api/review/" + ids.get(0)).with(AMINA).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"participants": [
                                  {"name": "Emmanuel Macron", "title": "President of the French Republic", "country": "FR"},
                                  {"name": "Ilham Aliyev", "title": "President of the Republic of Azerbaijan", "country": "AZ"}]}
                                """))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");

        MeetingScheduled scheduled = scheduled(UUID.fromString(location.substring("/api/meetings/".length())));
        assertThat(scheduled.enteredBy()).isEqualTo("amina");
        assertThat(scheduled.coordinatorEmail()).isEqualTo(AMINA_EMAIL);
    }

    private UUID enterByApi(RequestPostProcessor who, String title) throws Exception {
        String location = http.perform(post("/api/meetings").with(who).contentType(MediaType.APPLICATION_JSON)
                        .content(meeting(title, "2018-07-20T11:00")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return UUID.fromString(location.substring("/api/meetings/".length()));
    }

    private MeetingScheduled scheduled(UUID id) {
        return events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(id), WAIT).payload();
    }

    private UUID meetingOf(String uid) {
        return jdbc.sql("SELECT meeting_id FROM calendar_entry WHERE uid = :uid")
                .param("uid", uid + "@coalition.example.org").query(UUID.class).single();
    }

    private static String meeting(String title, String startsAt) {
        return """
                {"title": "%s", "startsAt": "%s", "timeZone": "Europe/Paris", "city": "Paris", "participants": [
                  {"name": "Emmanuel Macron", "title": "President of the French Republic", "country": "FR"},
                  {"name": "Ilham Aliyev", "title": "President of the Republic of Azerbaijan", "country": "AZ"}]}
                """.formatted(title, startsAt);
    }

    private static byte[] calendar(String uid, String city) {
        return CalendarFixtures.calendar("BEGIN:VEVENT", "UID:" + uid + "@coalition.example.org",
                        "DTSTART;TZID=Europe/Paris:20271015T110000", "SUMMARY:Macron – Aliyev", "LOCATION:" + city,
                        "END:VEVENT")
                .getBytes(StandardCharsets.UTF_8);
    }
}
