package org.demarche.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.intake.calendar.CalendarFixtures.bytes;
import static org.demarche.intake.calendar.CalendarFixtures.text;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.intake.FixedClock;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(FixedClock.class)
class CalendarImportIT {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar");
    private static final String OUTLOOK_UID = "040000008200E00074C5B7101A82E00800000000B0B5A8C1F2C8DB01000000000000000010"
            + "000000D3E5F0A1B2C3D4E5F60718293A4B5C6D";

    @Autowired
    MockMvc http;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    KafkaTestClient events;

    @Autowired
    JdbcClient jdbc;

    PublishedEvents published;

    @BeforeEach
    void connect() {
        published = new PublishedEvents(kafka, jdbc);
    }

    @Test
    void importsAGoogleCalendarExportAndChangesNothingWhenItIsImportedAgain() throws Exception {
        importIcs(bytes("google-calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(6))
                .andExpect(jsonPath("$.forReview").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.skipped.length()").value(2))
                .andExpect(jsonPath("$.skipped[0].uid").value("9a8s7d6f5g4h3j2k1l0q9w8e7r@google.com"))
                .andExpect(jsonPath("$.skipped[0].reason").value(containsString("not a meeting of leaders")))
                .andExpect(jsonPath("$.skipped[1].uid").value("1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com"))
                .andExpect(jsonPath("$.skipped[1].reason").value(containsString("already took place")));

        UUID elysee = meetingOf("5q1r0hkd6b2v8n0e7c3m4a9f1s@google.com", "");
        MeetingScheduled scheduled = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                m -> m.meetingId().equals(elysee), Duration.ofSeconds(30)).payload();
        assertThat(scheduled.startsAt()).isEqualTo(Instant.parse("2027-07-15T09:00:00Z"));
        assertThat(scheduled.timeZone()).isEqualTo("Europe/Paris");
        assertThat(scheduled.city()).isEqualTo("Paris");
        assertThat(scheduled.participants()).extracting("country").containsExactly("FR", "AZ");

        UUID moved = meetingOf("3m8n1b6v4c2x9z7l5k0j3h8g6f@google.com", "20270907T080000Z");
        assertThat(events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(moved),
                Duration.ofSeconds(30)).payload().startsAt()).isEqualTo(Instant.parse("2027-09-08T12:00:00Z"));
        List<DemarcheEvent> before = meetingEvents();

        importIcs(bytes("google-calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(6))
                .andExpect(jsonPath("$.forReview").value(0));

        assertThat(meetingEvents()).hasSameSizeAs(before);
    }

    @Test
    void followsAnOutlookMeetingThroughItsMoveAndCancellationAsThePutAndDeleteEndpointsWould() throws Exception {
        importIcs(bytes("outlook-request.ics")).andExpect(jsonPath("$.created").value(1));
        UUID id = meetingOf(OUTLOOK_UID, "");

        importIcs(bytes("outlook-moved.ics")).andExpect(jsonPath("$.updated").value(1));
        MeetingRescheduled moved = events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class,
                m -> m.meetingId().equals(id), Duration.ofSeconds(30)).payload();
        assertThat(moved.startsAt()).isEqualTo(Instant.parse("2027-10-14T08:00:00Z"));
        assertThat(moved.previousStartsAt()).isEqualTo(Instant.parse("2027-10-12T13:00:00Z"));
        assertThat(moved.participants()).extracting("name").containsExactly("Emmanuel Macron", "Ilham Aliyev");

        importIcs(bytes("outlook-cancel.ics")).andExpect(jsonPath("$.cancelled").value(1));
        assertThat(events.awaitEvent(Topics.MEETINGS, MeetingCancelled.class, m -> m.meetingId().equals(id),
                Duration.ofSeconds(30)).payload().reason()).contains("cancelled in the calendar");

        importIcs(bytes("outlook-moved.ics"))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.skipped[0].reason").value(containsString("older")));
        importIcs(text("outlook-moved.ics").replace("SEQUENCE:1", "SEQUENCE:2")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.skipped[0].reason").value(containsString("stays so")));
        http.perform(get("/api/meetings/" + id)).andExpect(jsonPath("$.status").value("cancelled"));

        importIcs(text("outlook-moved.ics").replace("SEQUENCE:1", "SEQUENCE:3")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.created").value(1));
        UUID reinstated = meetingOf(OUTLOOK_UID, "");
        assertThat(reinstated).as("a meeting on again is a new meeting").isNotEqualTo(id);
        events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(reinstated),
                Duration.ofSeconds(30));
        assertThat(eventsOf(id)).extracting(Object::getClass).containsExactly(MeetingScheduled.class,
                MeetingRescheduled.class, MeetingCancelled.class);
    }

    @Test
    void importsAnAppleCalendarExport() throws Exception {
        importIcs(bytes("apple-calendar.ics"))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.forReview").value(0));

        UUID stateVisit = meetingOf("8F2D7C1A-3B4E-4F5A-9C6D-2E1F0A9B8C7D", "");
        MeetingScheduled visit = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                m -> m.meetingId().equals(stateVisit), Duration.ofSeconds(30)).payload();
        assertThat(visit.timeZone()).isEqualTo("Asia/Baku");
        assertThat(visit.participants()).extracting("name").containsExactly("Ilham Aliyev", "Recep Tayyip Erdoğan");
        http.perform(get("/api/meetings/" + meetingOf("E9F8A7B6-C5D4-4E3F-A2B1-0C9D8E7F6A5B", "")))
                .andExpect(jsonPath("$.startsAt").value("2027-11-02T09:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Istanbul"))
                .andExpect(jsonPath("$.city").value("Ankara"));
    }

    @Test
    void importsTheOtherEventsOfACalendarWithOneBrokenEventAndListsTheBrokenOne() throws Exception {
        importIcs(bytes("one-broken-event.ics"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.forReview").value(0))
                .andExpect(jsonPath("$.skipped.length()").value(1))
                .andExpect(jsonPath("$.skipped[0].uid").value("9a8b7c6d5e4f30211203f4e5d6@google.com"))
                .andExpect(jsonPath("$.skipped[0].reason").value(containsString("ATTENDEE line (26) cannot be read")));

        UUID strasbourg = meetingOf("5d4c3b2a1908f7e6d5c4b3a291@google.com", "");
        assertThat(events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(strasbourg),
                Duration.ofSeconds(30)).payload().participants()).extracting("country").containsExactly("AZ", "FR");
        assertThat(count("calendar_entry WHERE uid = '9a8b7c6d5e4f30211203f4e5d6@google.com'")).isZero();
    }

    @Test
    void importsTheCalendarsOfEachProgramDespiteTheirOddLines() throws Exception {
        Map<String, Integer> meetings = new LinkedHashMap<>();
        meetings.put("outlook-exchange.ics", 2);
        meetings.put("google-rdate.ics", 6); // the series' six occurrences; the PACE hearing names only a country
        meetings.put("apple-ios.ics", 2);
        meetings.put("thunderbird.ics", 2);
        meetings.put("korganizer.ics", 2);
        for (Map.Entry<String, Integer> file : meetings.entrySet()) {
            importIcs(bytes(file.getKey()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(file.getValue()))
                    .andExpect(jsonPath("$.skipped.length()").value(0));
        }
        assertThat(count("review_item WHERE uid = '2t4y6u8i0o1p3a5s7d9f2g4h6j@google.com'")).isEqualTo(3);
    }

    @Test
    void putsNothingOfAPersonalCalendarInReview() throws Exception {
        long waiting = count("review_item WHERE status = 'pending'");

        importIcs(bytes("birthdays.ics"))
                .andExpect(jsonPath("$.forReview").value(0))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.skipped.length()").value(5))
                .andExpect(jsonPath("$.skipped[*].reason").value(everyItem(startsWith("not a meeting of leaders"))));
        importIcs(bytes("standup.ics"))
                .andExpect(jsonPath("$.forReview").value(0))
                .andExpect(jsonPath("$.skipped.length()").value(1));
        importIcs(bytes("train-ticket.ics"))
                .andExpect(jsonPath("$.forReview").value(0))
                .andExpect(jsonPath("$.skipped.length()").value(2));

        assertThat(count("review_item WHERE status = 'pending'")).isEqualTo(waiting);
    }

    @Test
    void takesEntriesAnEarlierImportHeldForReviewOutOfTheQueueWhenTheyAreNoMeetingOfLeaders() throws Exception {
        String birthday = "BIRTHDAY_c3f7a1e2_19880703@google.com";
        UUID item = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO calendar_entry (uid, occurrence, original_start, state, sequence, fingerprint,
                                                    first_seen_at, last_changed_at)
                        VALUES (:uid, '20270703', TIMESTAMP WITH TIME ZONE '2027-07-03 07:00:00+00', 'review', 0, 'f',
                                TIMESTAMP WITH TIME ZONE '2027-05-30 10:00:00+00', TIMESTAMP WITH TIME ZONE '2027-05-30 10:00:00+00')
                        """).param("uid", birthday).update();
        jdbc.sql("""
                        INSERT INTO review_item (id, uid, occurrence, title, local_start, time_zone, starts_at, reason,
                                                 status, held_at)
                        VALUES (:id, :uid, '20270703', 'Camille Moreau''s birthday', '2027-07-03T09:00', 'Europe/Paris',
                                TIMESTAMP WITH TIME ZONE '2027-07-03 07:00:00+00', 'no participant recognised', 'pending',
                                TIMESTAMP WITH TIME ZONE '2027-05-30 10:00:00+00')
                        """).param("id", item).param("uid", birthday).update();

        importIcs(bytes("birthdays.ics"))
                .andExpect(jsonPath("$.forReview").value(0))
                .andExpect(jsonPath("$.skipped[?(@.uid == '" + birthday + "')].reason")
                        .value(contains(endsWith("removed from the review queue"))));

        http.perform(get("/api/review/" + item)).andExpect(jsonPath("$.status").value("withdrawn"));
        assertThat(count("calendar_entry WHERE uid = '" + birthday + "'")).isZero();
    }

    @Test
    void refusesAFileThatIsNoCalendarAtAllAndImportsNothing() throws Exception {
        long meetings = count("meeting");

        importIcs(bytes("cut-off.ics"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.detail").value(containsString("cut off")));
        importIcs(bytes("windows-1252.ics"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not UTF-8")));
        importIcs(bytes("google-takeout.zip"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not text")));
        importIcs("not a calendar".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("VCALENDAR")));

        assertThat(count("meeting")).isEqualTo(meetings);
    }

    @Test
    void holdsAnEntryWithoutRecognisedParticipantsUntilACoordinatorNamesThem() throws Exception {
        String ics = CalendarFixtures.calendar("BEGIN:VEVENT", "UID:review-1@demarche.test", "SEQUENCE:0",
                "DTSTART;TZID=Europe/Paris:20271120T100000", "SUMMARY:Official visit from Azerbaijan",
                "LOCATION:Quai d'Orsay\\, Paris", "END:VEVENT");
        importIcs(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)).andExpect(jsonPath("$.forReview").value(1));

        String queue = http.perform(get("/api/review")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(queue, "$[?(@.uid == 'review-1@demarche.test')].id");
        assertThat(ids).hasSize(1);
        http.perform(get("/api/review/" + ids.get(0)))
                .andExpect(jsonPath("$.reason").value(containsString("no participant recognised")))
                .andExpect(jsonPath("$.startsAt").value("2027-11-20T10:00"))
                .andExpect(jsonPath("$.city").value("Paris"));

        String location = http.perform(post("/api/review/" + ids.get(0)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"participants": [
                                  {"name": "Jean-Noël Barrot", "title": "Minister for Europe and Foreign Affairs", "country": "FR"},
                                  {"name": "Jeyhun Bayramov", "title": "Minister of Foreign Affairs", "country": "AZ"}]}
                                """))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        UUID meeting = UUID.fromString(location.substring("/api/meetings/".length()));
        assertThat(events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(meeting),
                Duration.ofSeconds(30)).payload().participants()).extracting("country").containsExactly("FR", "AZ");
        http.perform(post("/api/review/" + ids.get(0)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participants\": []}"))
                .andExpect(status().isConflict());

        importIcs(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.forReview").value(0))
                .andExpect(jsonPath("$.unchanged").value(1));
        importIcs(ics.replace("SEQUENCE:0", "SEQUENCE:1").replace("T100000", "T113000")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.updated").value(1));
        MeetingRescheduled moved = events.awaitEvent(Topics.MEETINGS, MeetingRescheduled.class,
                m -> m.meetingId().equals(meeting), Duration.ofSeconds(30)).payload();
        assertThat(moved.participants()).as("the coordinator's participants stay").extracting("name")
                .containsExactly("Jean-Noël Barrot", "Jeyhun Bayramov");
    }

    @Test
    void recognisesAHeadOfStateACoordinatorAdded() throws Exception {
        http.perform(put("/api/heads/md-sandu").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "Maia Sandu", "title": "President of the Republic of Moldova", "country": "MD"}
                        """))
                .andExpect(status().isCreated());
        http.perform(get("/api/heads/md-sandu")).andExpect(jsonPath("$.active").value(true));

        importIcs(CalendarFixtures.calendar("BEGIN:VEVENT", "UID:sandu-1@demarche.test",
                        "DTSTART:20271201T090000Z", "SUMMARY:Sandu – Macron", "LOCATION:Chisinau", "END:VEVENT")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .andExpect(jsonPath("$.created").value(1));

        http.perform(delete("/api/heads/md-sandu")).andExpect(status().isNoContent());
        http.perform(get("/api/heads/md-sandu")).andExpect(jsonPath("$.active").value(false));
        http.perform(get("/api/heads")).andExpect(jsonPath("$[?(@.id == 'fr-macron')].country").value("FR"));
    }

    @Test
    void reportsTheProgressOfAnImportRunInTheBackground() throws Exception {
        String location = http.perform(post("/api/imports/ics").contentType(CALENDAR).header("Prefer", "respond-async")
                        .content(weeklyMeetings(60)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/imports/")))
                .andReturn().getResponse().getHeader("Location");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> http.perform(get(location))
                .andExpect(jsonPath("$.status").value("done")));
        http.perform(get(location))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.total").value(53))
                .andExpect(jsonPath("$.result.created").value(52));
        http.perform(get("/imports"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recent imports")))
                .andExpect(content().string(containsString(location)))
                .andExpect(content().string(containsString("<progress")));
    }

    private static byte[] weeklyMeetings(int weeks) {
        return CalendarFixtures.calendar("BEGIN:VEVENT", "UID:weekly-1@demarche.test",
                        "DTSTART;TZID=Europe/Brussels:20270607T100000", "RRULE:FREQ=WEEKLY;COUNT=" + weeks,
                        "SUMMARY:Weekly call: Macron – Aliyev follow-up", "LOCATION:Brussels", "END:VEVENT")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private ResultActions importIcs(byte[] file) throws Exception {
        return http.perform(post("/api/imports/ics").contentType(CALENDAR).content(file));
    }

    private UUID meetingOf(String uid, String occurrence) {
        return jdbc.sql("SELECT meeting_id FROM calendar_entry WHERE uid = :uid AND occurrence = :occurrence")
                .param("uid", uid).param("occurrence", occurrence).query(UUID.class).single();
    }

    private List<DemarcheEvent> meetingEvents() {
        List<UUID> ours = jdbc.sql("SELECT id FROM meeting").query(UUID.class).list();
        return published.all(Topics.MEETINGS, DemarcheEvent.class,
                event -> ours.stream().anyMatch(id -> event.partitionKey().equals(id.toString())));
    }

    private List<DemarcheEvent> eventsOf(UUID meeting) {
        return published.all(Topics.MEETINGS, DemarcheEvent.class, e -> e.partitionKey().equals(meeting.toString()));
    }

    /** @param rows a table, and a WHERE clause if only some of its rows count */
    private long count(String rows) {
        return jdbc.sql("SELECT COUNT(*) FROM " + rows).query(Long.class).single();
    }
}
