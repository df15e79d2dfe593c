package org.demarche.intake.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.demarche.events.Topics;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
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
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class LegalFactsApiIT {

    private static final String MAMMADOV_2014 = """
            {"court": "ECtHR", "caseName": "Ilgar Mammadov v. Azerbaijan", "applicationNo": "15172/13",
             "respondent": "AZ", "judgmentDate": "2014-05-22", "articlesViolated": ["5", "18"],
             "summary": "Detention meant to silence a critic of the government.",
             "url": "https://hudoc.echr.coe.int/eng?i=001-144124"}
            """;

    private static final String INFRINGEMENT_REFERRAL = """
            {"body": "Committee of Ministers", "reference": "CM/Res(2017)379", "adoptedOn": "2017-10-25",
             "respondent": "AZ", "caseName": "Ilgar Mammadov v. Azerbaijan", "applicationNo": "15172/13",
             "kind": "infringement-referral", "summary": "Referral under Article 46 § 4 of the Convention.",
             "url": "https://search.coe.int/cm/pages/result_details.aspx?ObjectId=090000168075f7f4"}
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
    void publishesAnEnteredRulingAndServesItBack() throws Exception {
        UUID id = idOf(http.perform(post("/api/rulings").contentType(MediaType.APPLICATION_JSON).content(MAMMADOV_2014))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/rulings/"))));

        RulingPublished ruling = events.awaitEvent(Topics.RULINGS, RulingPublished.class,
                r -> r.rulingId().equals(id), Duration.ofSeconds(30)).payload();
        assertThat(ruling.court()).isEqualTo("ECtHR");
        assertThat(ruling.applicationNo()).isEqualTo("15172/13");
        assertThat(ruling.partitionKey()).isEqualTo("15172/13");
        assertThat(ruling.respondent()).isEqualTo("AZ");
        assertThat(ruling.judgmentDate()).isEqualTo(LocalDate.of(2014, 5, 22));
        assertThat(ruling.articlesViolated()).containsExactly("5", "18");
        assertThat(ruling.url()).isEqualTo("https://hudoc.echr.coe.int/eng?i=001-144124");

        http.perform(get("/api/rulings/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseName").value("Ilgar Mammadov v. Azerbaijan"))
                .andExpect(jsonPath("$.judgmentDate").value("2014-05-22"))
                .andExpect(jsonPath("$.articlesViolated[1]").value("18"));
        http.perform(get("/api/rulings")).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        http.perform(get("/api/rulings/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void aJudgmentEnteredTwiceIsPublishedOnce() throws Exception {
        String secondJudgment = MAMMADOV_2014.replace("2014-05-22", "2017-11-29").replace("\"5\", ", "");
        UUID first = idOf(http.perform(post("/api/rulings").contentType(MediaType.APPLICATION_JSON).content(secondJudgment))
                .andExpect(status().isCreated()));

        UUID again = idOf(http.perform(post("/api/rulings").contentType(MediaType.APPLICATION_JSON)
                        .content(secondJudgment.replace("Detention meant", "Detention was meant")))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/api/rulings/" + first)));

        assertThat(again).isEqualTo(first);
        assertThat(published.all(Topics.RULINGS, RulingPublished.class,
                r -> r.applicationNo().equals("15172/13") && r.judgmentDate().equals(LocalDate.of(2017, 11, 29))))
                .extracting(RulingPublished::rulingId).containsExactly(first);
    }

    @Test
    void refusesARulingNamingEachBadFieldAndStoresNothing() throws Exception {
        long before = count("ruling");

        http.perform(post("/api/rulings").contentType(MediaType.APPLICATION_JSON)
                        .content(MAMMADOV_2014.replace("\"AZ\"", "\"AZE\"").replace("2014-05-22", "22/05/2014")
                                .replace("https://hudoc", "ftp://hudoc").replace("\"18\"", "\" \"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "respondent", "judgmentDate", "articlesViolated[1]", "url")));

        assertThat(count("ruling")).isEqualTo(before);
    }

    @Test
    void publishesAnEnteredResolutionAndServesItBack() throws Exception {
        UUID id = idOf(http.perform(post("/api/resolutions").contentType(MediaType.APPLICATION_JSON)
                        .content(INFRINGEMENT_REFERRAL))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/resolutions/"))));

        ResolutionAdopted resolution = events.awaitEvent(Topics.RESOLUTIONS, ResolutionAdopted.class,
                r -> r.resolutionId().equals(id), Duration.ofSeconds(30)).payload();
        assertThat(resolution.body()).isEqualTo("Committee of Ministers");
        assertThat(resolution.reference()).isEqualTo("CM/Res(2017)379");
        assertThat(resolution.kind()).isEqualTo("infringement-referral");
        assertThat(resolution.adoptedOn()).isEqualTo(LocalDate.of(2017, 10, 25));
        assertThat(resolution.partitionKey()).isEqualTo("15172/13");

        http.perform(get("/api/resolutions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("CM/Res(2017)379"))
                .andExpect(jsonPath("$.adoptedOn").value("2017-10-25"));
        http.perform(get("/api/resolutions")).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
    }

    @Test
    void aResolutionEnteredTwiceIsPublishedOnce() throws Exception {
        String decision = INFRINGEMENT_REFERRAL.replace("CM/Res(2017)379", "CM/Del/Dec(2018)1318/H46-3")
                .replace("infringement-referral", "decision").replace("2017-10-25", "2018-06-07")
                .replace("\"applicationNo\": \"15172/13\",", "");
        UUID first = idOf(http.perform(post("/api/resolutions").contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isCreated()));

        UUID again = idOf(http.perform(post("/api/resolutions").contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isOk()));

        assertThat(again).isEqualTo(first);
        var announced = published.all(Topics.RESOLUTIONS, ResolutionAdopted.class,
                r -> r.reference().equals("CM/Del/Dec(2018)1318/H46-3"));
        assertThat(announced).extracting(ResolutionAdopted::resolutionId).containsExactly(first);
        assertThat(announced.get(0).partitionKey()).as("no case: keyed by reference").isEqualTo("CM/Del/Dec(2018)1318/H46-3");
    }

    @Test
    void refusesAResolutionNamingEachBadField() throws Exception {
        long before = count("resolution");

        http.perform(post("/api/resolutions").contentType(MediaType.APPLICATION_JSON)
                        .content(INFRINGEMENT_REFERRAL.replace("infringement-referral", "recommendation")
                                .replace("\"AZ\"", "\"az\"").replace("\"Committee of Ministers\"", "\"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder(
                        "body", "respondent", "kind")));

        assertThat(count("resolution")).isEqualTo(before);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static UUID idOf(ResultActions response) throws Exception {
        return UUID.fromString(JsonPath.read(response.andReturn().getResponse().getContentAsString(), "$.id"));
    }
}
