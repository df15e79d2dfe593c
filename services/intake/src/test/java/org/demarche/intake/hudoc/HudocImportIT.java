package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.demarche.events.Topics;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.intake.FixedClock;
import org.demarche.intake.PublishedEvents;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(FixedClock.class)
class HudocImportIT {

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishesEachJudgmentOnceWithTheArticlesFoundViolatedAndReportsTheBadRecords() throws Exception {
        http.perform(post("/api/imports/hudoc").contentType(MediaType.APPLICATION_JSON).content(fixture("judgments.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(5))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.rejected[*].index").value(org.hamcrest.Matchers.contains(6, 7, 8)))
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("appno")))
                .andExpect(jsonPath("$.rejected[1].reason").value(containsString("ATL")))
                .andExpect(jsonPath("$.rejected[2].reason").value(containsString("future")));

        RulingPublished mammadov = ruling("15172/13");
        assertThat(mammadov.caseName()).isEqualTo("Ilgar Mammadov v. Azerbaijan");
        assertThat(mammadov.respondent()).isEqualTo("AZ");
        assertThat(mammadov.judgmentDate()).isEqualTo(LocalDate.of(2014, 5, 22));
        assertThat(mammadov.articlesViolated()).containsExactly("5", "6", "18");
        assertThat(ruling("28749/18").respondent()).isEqualTo("TR");
        assertThat(ruling("14305/17").articlesViolated()).containsExactly("10", "5", "P1-3", "18");
        assertThat(ruling("44523/16").articlesViolated()).as("no violation found").isEmpty();

        http.perform(post("/api/imports/hudoc").contentType(MediaType.APPLICATION_JSON).content(fixture("judgments.json")))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.duplicates").value(6));
        assertThat(new PublishedEvents(kafka, jdbc).all(Topics.RULINGS, RulingPublished.class,
                r -> r.applicationNo().equals("15172/13") && imported(r))).hasSize(1);
    }

    @Test
    void publishesCommitteeDecisionsInterimResolutionsAndTheArticle46Referral() throws Exception {
        http.perform(post("/api/imports/hudoc-exec").contentType(MediaType.APPLICATION_JSON).content(fixture("execution.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(5))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.rejected[*].index").value(org.hamcrest.Matchers.contains(5, 7)))
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("final")));

        assertThat(resolution("CM/ResDH(2015)156").kind()).isEqualTo("interim-resolution");
        assertThat(resolution("CM/Del/Dec(2017)1294/H46-3").kind()).isEqualTo("decision");
        ResolutionAdopted referral = resolution("CM/ResDH(2017)379");
        assertThat(referral.kind()).isEqualTo("infringement-referral");
        assertThat(referral.adoptedOn()).isEqualTo(LocalDate.of(2017, 10, 25));
        assertThat(referral.caseName()).isEqualTo("Ilgar Mammadov v. Azerbaijan");
        assertThat(referral.partitionKey()).isEqualTo("15172/13");
        ResolutionAdopted kavala = resolution("CM/ResDH(2022)21");
        assertThat(kavala.kind()).isEqualTo("infringement-referral");
        assertThat(kavala.respondent()).isEqualTo("TR");
    }

    @Test
    void refusesABodyThatIsNotAHudocResult() throws Exception {
        http.perform(post("/api/imports/hudoc").contentType(MediaType.APPLICATION_JSON).content("[1, 2, 3]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        http.perform(post("/api/imports/hudoc-exec").contentType(MediaType.APPLICATION_JSON).content("{\"results\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not JSON")));
    }

    private RulingPublished ruling(String applicationNo) {
        return events.awaitEvent(Topics.RULINGS, RulingPublished.class,
                r -> r.applicationNo().equals(applicationNo) && imported(r),
                Duration.ofSeconds(30)).payload();
    }

    /** Imported from the sample rather than entered by another test of this JVM: the importer cites the ECLI. */
    private static boolean imported(RulingPublished ruling) {
        return ruling.summary() != null && ruling.summary().contains("ECLI:CE:ECHR");
    }

    private ResolutionAdopted resolution(String reference) {
        return events.awaitEvent(Topics.RESOLUTIONS, ResolutionAdopted.class,
                r -> r.reference().equals(reference) && r.url() != null && r.url().startsWith("https://hudoc.exec.coe.int/eng?i="),
                Duration.ofSeconds(30)).payload();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = HudocImportIT.class.getResourceAsStream("/hudoc/" + name)) {
            return in.readAllBytes();
        }
    }

}
