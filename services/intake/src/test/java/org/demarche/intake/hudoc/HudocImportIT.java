package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import tools.jackson.databind.json.JsonMapper;

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
                r -> r.applicationNo().equals("15172/13") && r.judgmentDate().equals(LocalDate.of(2014, 5, 22))
                        && imported(r))).hasSize(1);
    }

    @Test
    void importsEveryJudgmentOfAPageSelectedWithJudgementdateInsteadOfKpdate() throws Exception {
        http.perform(post("/api/imports/hudoc").contentType(MediaType.APPLICATION_JSON)
                        .content(fixture("judgments-by-judgementdate.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(38))
                .andExpect(jsonPath("$.duplicates").value(0))
                .andExpect(jsonPath("$.rejected").isEmpty())
                .andExpect(jsonPath("$.skipped").isEmpty());

        List<String> itemIds = new ArrayList<>();
        JsonMapper.builder().build().readTree(fixture("judgments-by-judgementdate.json")).get("results")
                .forEach(record -> itemIds.add(record.get("columns").get("itemid").asString()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM legal_source_record WHERE source = 'hudoc' AND identifier IN (:ids)")
                .param("ids", itemIds).query(Long.class).single()).as("every judgment of the page").isEqualTo(38);
        RulingPublished navalnyy = ruling("29580/12");
        assertThat(navalnyy.caseName()).isEqualTo("Navalnyy v. Russia");
        assertThat(navalnyy.judgmentDate()).isEqualTo(LocalDate.of(2018, 11, 15));
        assertThat(navalnyy.relatedApplicationNos()).containsExactly("36847/12", "11252/13", "12317/13", "43746/14");
        assertThat(navalnyy.articlesViolated()).containsExactly("5", "6", "11", "18");
        RulingPublished mozer = ruling("11138/10");
        assertThat(mozer.respondent()).isEqualTo("MD");
        assertThat(mozer.otherRespondents()).containsExactly("RU");
        RulingPublished kavala = ruling("28749/18", LocalDate.of(2022, 7, 11));
        assertThat(kavala.kind()).isEqualTo(RulingPublished.INFRINGEMENT_JUDGMENT);
        assertThat(kavala.caseName()).isEqualTo("Kavala v. Türkiye");
        assertThat(ruling("36920/19").articlesViolated()).as("the short form").containsExactly("5", "11");
        assertThat(ruling("46632/13").relatedApplicationNos()).as("a trailing ;").containsExactly("28671/14");
        assertThat(ruling("31953/11").articlesViolated()).as("stray spaces").containsExactly("P1-3");
        assertThat(ruling("21352/19").caseName()).isEqualTo("Mammadova v. Azerbaijan");
    }

    @Test
    void skipsTheCourtsOtherDocumentsAndReadsFrenchTwinsLegacyStatesAndTheArticle46Judgment() throws Exception {
        http.perform(post("/api/imports/hudoc").contentType(MediaType.APPLICATION_JSON)
                        .content(fixture("judgments-mixed-documents.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(4))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.skipped[*].index").value(org.hamcrest.Matchers.contains(2, 3, 4, 5)))
                .andExpect(jsonPath("$.skipped[0].reason").value("doctype: HEDEC is a decision, not a judgment"))
                .andExpect(jsonPath("$.skipped[1].reason").value(containsString("communicated case")))
                .andExpect(jsonPath("$.skipped[2].reason").value(containsString("legal summary")))
                .andExpect(jsonPath("$.skipped[3].reason").value(containsString("press release")))
                .andExpect(jsonPath("$.rejected[*].index").value(org.hamcrest.Matchers.contains(9)))
                .andExpect(jsonPath("$.rejected[0].reason").value(startsWith("judgementdate: '31/31/2023 00:00:00'")));

        assertThat(ruling("24219/16").caseName()).as("the English twin is entered first, whatever HUDOC's order")
                .isEqualTo("Karimov and others v. Azerbaijan");
        RulingPublished jovanovic = ruling("32510/03");
        assertThat(jovanovic.respondent()).isEqualTo("RS");
        assertThat(jovanovic.otherRespondents()).containsExactly("ME");
        assertThat(jovanovic.judgmentDate()).isEqualTo(LocalDate.of(2006, 4, 25));
        RulingPublished brumarescu = ruling("28342/95");
        assertThat(brumarescu.respondent()).isEqualTo("RO");
        assertThat(brumarescu.articlesViolated()).containsExactly("6", "P1-1");
        RulingPublished infringement = ruling("15172/13", LocalDate.of(2019, 5, 29));
        assertThat(infringement.kind()).isEqualTo(RulingPublished.INFRINGEMENT_JUDGMENT);
        assertThat(infringement.caseName()).isEqualTo("Ilgar Mammadov v. Azerbaijan");
    }

    @Test
    void readsHudocExecsCodesListsLegacyStatesAndFrenchTitles() throws Exception {
        http.perform(post("/api/imports/hudoc-exec").contentType(MediaType.APPLICATION_JSON)
                        .content(fixture("execution-variants.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(4))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.skipped[*].index").value(org.hamcrest.Matchers.contains(3, 4, 5)))
                .andExpect(jsonPath("$.skipped[2].reason").value(containsString("a final resolution")))
                .andExpect(jsonPath("$.rejected[*].index").value(org.hamcrest.Matchers.contains(7)))
                .andExpect(jsonPath("$.rejected[0].reason").value(startsWith("execpublisheddate: '31/31/2020'")));

        ResolutionAdopted mammadli = resolution("CM/ResDH(2021)423");
        assertThat(mammadli.kind()).isEqualTo("interim-resolution");
        assertThat(mammadli.caseName()).as("English first").isEqualTo("Mammadli group v. Azerbaijan");
        assertThat(mammadli.relatedApplicationNos()).containsExactly("48653/13", "68762/14");
        ResolutionAdopted sik = resolution("CM/Del/Dec(2021)1411/H46-37");
        assertThat(sik.adoptedOn()).isEqualTo(LocalDate.of(2021, 9, 23));
        assertThat(sik.relatedApplicationNos()).containsExactly("13237/17", "16538/17");
        ResolutionAdopted jovanovic = resolution("CM/Del/Dec(2006)966/H46-12");
        assertThat(jovanovic.respondent()).isEqualTo("RS");
        assertThat(jovanovic.otherRespondents()).containsExactly("ME");
        assertThat(jovanovic.adoptedOn()).isEqualTo(LocalDate.of(2006, 6, 14));
        assertThat(resolution("CM/Del/Dec(2022)1428/H46-25").kind()).isEqualTo("decision");
    }

    @Test
    void publishesCommitteeDecisionsInterimResolutionsAndTheArticle46Referral() throws Exception {
        http.perform(post("/api/imports/hudoc-exec").contentType(MediaType.APPLICATION_JSON).content(fixture("execution.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(5))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.rejected[*].index").value(org.hamcrest.Matchers.contains(7)))
                .andExpect(jsonPath("$.rejected[0].reason").value(startsWith("execstate: 'ZZZ'")))
                .andExpect(jsonPath("$.skipped[*].index").value(org.hamcrest.Matchers.contains(5)))
                .andExpect(jsonPath("$.skipped[0].reason").value(containsString("final")));

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

    private RulingPublished ruling(String applicationNo, LocalDate judgmentDate) {
        return events.awaitEvent(Topics.RULINGS, RulingPublished.class,
                r -> r.applicationNo().equals(applicationNo) && r.judgmentDate().equals(judgmentDate) && imported(r),
                Duration.ofSeconds(30)).payload();
    }

    /** Imported from a sample rather than entered by another test of this JVM: the importer links HUDOC. */
    private static boolean imported(RulingPublished ruling) {
        return ruling.url() != null && ruling.url().startsWith("https://hudoc.echr.coe.int/eng?i=");
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
