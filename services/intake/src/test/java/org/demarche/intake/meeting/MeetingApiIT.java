package org.demarche.intake.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.demarche.events.CloudEventHeaders;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class MeetingApiIT {

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

    @Test
    void publishesAValidatedMeetingScheduledWithCloudEventsHeaders() throws Exception {
        String location = http.perform(post("/api/meetings").contentType(MediaType.APPLICATION_JSON).content(REFERENCE_MEETING))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/meetings/")))
                .andReturn().getResponse().getHeader("Location");
        UUID id = UUID.fromString(location.substring("/api/meetings/".length()));

        var event = events.awaitEvent(Topics.MEETINGS, MeetingScheduled.class, m -> m.meetingId().equals(id),
                Duration.ofSeconds(30));

        assertThat(event.payload().startsAt()).isEqualTo(Instant.parse("2018-07-20T09:00:00Z"));
        assertThat(event.payload().timeZone()).isEqualTo("Europe/Paris");
        assertThat(event.payload().participants()).extracting("country").containsExactly("FR", "AZ");
        assertThat(event.source()).isEqualTo("/demarche/intake");

        var record = events.awaitRawRecords(Topics.MEETINGS, r -> id.toString().equals(r.key()), 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(record.headers().toArray()).extracting(Header::key)
                .contains(CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME,
                        CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.CORRELATION_ID, CloudEventHeaders.SCHEMA_VERSION);
        assertThat(new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("org.demarche.MeetingScheduled");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Integer.class).single())
                .as("the relay empties the outbox once Kafka acknowledged").isZero();

        http.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.startsAt").value("2018-07-20T11:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Paris"))
                .andExpect(jsonPath("$.participants[1].name").value("Ilham Aliyev"));
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndPublishesNothing() throws Exception {
        long meetingsBefore = jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single();

        http.perform(post("/api/meetings").contentType(MediaType.APPLICATION_JSON)
                        .content(REFERENCE_MEETING.replace("2018-07-20T11:00", "2018-03-25T02:30")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("startsAt"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("does not exist in Europe/Paris")));

        http.perform(post("/api/meetings").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single()).isEqualTo(meetingsBefore);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single()).isZero();
    }
}
