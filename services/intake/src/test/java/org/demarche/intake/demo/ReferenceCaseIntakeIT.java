package org.demarche.intake.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest(properties = {"demarche.demo.enabled=true", "demarche.demo.meeting-days=4"})
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class ReferenceCaseIntakeIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    MockMvc http;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    Clock clock;

    @Test
    void entersTheReferenceRulingsResolutionAndAnUpcomingMeetingOnAFreshStart() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/meetings"))
                .andExpect(jsonPath("$.length()").value(1)));

        http.perform(get("/api/rulings"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.applicationNo == '15172/13')].articlesViolated[*]").value(
                        org.hamcrest.Matchers.contains("5", "18")));
        http.perform(get("/api/resolutions"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("infringement-referral"));
        String meetings = http.perform(get("/api/meetings")).andReturn().getResponse().getContentAsString();
        UUID meetingId = UUID.fromString(JsonPath.read(meetings, "$[0].id"));

        try (var events = new KafkaTestClient(kafka)) {
            var meeting = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class,
                    m -> m.meetingId().equals(meetingId), Duration.ofSeconds(30));
            var start = meeting.payload().startsAt().atZone(PARIS);
            // four days after the day the demo entered it (not today's date: the test may cross midnight)
            assertThat(start.toLocalDate()).isEqualTo(meeting.time().atZone(PARIS).toLocalDate().plusDays(4));
            assertThat(start.toLocalTime()).hasToString("11:00");
            assertThat(meeting.payload().participants()).extracting("country").containsExactly("FR", "AZ");
            assertThat(meeting.payload().enteredBy()).as("nobody entered the demo's meeting").isNull();
            assertThat(meeting.payload().coordinatorEmail()).isNull();
        }
    }
}
