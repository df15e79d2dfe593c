package org.demarche.campaigns.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.campaigns.casefile.CaseFileScenario.WAIT;
import static org.demarche.campaigns.casefile.CaseFileScenario.envelope;
import static org.demarche.campaigns.casefile.CaseFileScenario.openCampaignAboutAzerbaijan;
import static org.demarche.campaigns.casefile.CaseFileScenario.ruling;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.demarche.events.Topics;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.registry.CaseRegistered;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Court records named the Court's way reach the drafts of the reference registry (demo: President
 * Macron, the Azerbaijani partners, Ilgar Mammadov's case): a surname alone in the Court's
 * romanisation, a case registered after its judgment, a namesake registered later, and the
 * CaseRegistered announcements. Application numbers and case names are the tests' own.
 */
@SpringBootTest(properties = "demarche.demo.enabled=true")
@AutoConfigureMockMvc
@WithMockUser(username = "amina", roles = "COORDINATOR")
@RealInfrastructure
class NamesTheCourtsWayIT {

    private static final LocalDate MAY_2023 = LocalDate.of(2023, 5, 4);

    @Autowired
    MockMvc http;

    @Autowired
    Clock clock;

    @Autowired
    KafkaTestClient events;

    @Autowired
    CaseFile caseFile;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PreviouslyRegisteredCases previouslyRegistered;

    @Test
    void citesTheJudgmentWhenTheCaseNamesOnlyTheSurnameAndLearnsItsNumber() throws Exception {
        UUID campaign = openCampaignAboutAzerbaijan(events, clock);
        putCase("gulnara-mammadova", "AZ", "Gülnarə Məmmədova", "open", List.of());

        events.send(envelope(ruling("CASE OF MAMMADOVA v. AZERBAIJAN", "48112/21",
                List.of("48230/21"), "AZ", MAY_2023, RulingPublished.JUDGMENT), clock));

        DraftRevised revised = events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class,
                d -> d.campaignId().equals(campaign) && d.text().contains("48112/21"), WAIT).payload();
        assertThat(revised.text()).contains("In its judgment of 4 May 2023 in CASE OF MAMMADOVA v. AZERBAIJAN "
                + "(application no. 48112/21)");
        http.perform(get("/api/registry/cases/gulnara-mammadova"))
                .andExpect(jsonPath("$.applicationNos").value(contains("48112/21", "48230/21")));
        CaseRegistered announced = events.awaitEvent(Topics.REGISTRY, CaseRegistered.class,
                c -> c.caseId().equals("gulnara-mammadova") && !c.applicationNos().isEmpty(), WAIT).payload();
        assertThat(announced.applicationNos()).containsExactly("48112/21", "48230/21");
        assertThat(announced.country()).isEqualTo("AZ");
        assertThat(announced.person()).isEqualTo("Gülnarə Məmmədova");
        assertThat(announced.open()).isTrue();
    }

    @Test
    void aCaseRegisteredAfterItsJudgmentGetsItAndItsResolution() throws Exception {
        UUID campaign = openCampaignAboutAzerbaijan(events, clock);
        events.send(envelope(ruling("CASE OF JAFAROV v. AZERBAIJAN", "36012/20",
                List.of(), "AZ", MAY_2023, RulingPublished.JUDGMENT), clock));
        // a resolution the Committee adopted without a number, naming the case as the Court did
        events.send(envelope(new ResolutionAdopted(UUID.randomUUID(), "Committee of Ministers", "CM/Del/Dec(2024)1501/H46-3",
                LocalDate.of(2024, 6, 13), "AZ", "Jafarov v. Azerbaijan", null, "decision",
                "The Committee urged the authorities to quash the conviction.", null), clock));
        await().atMost(WAIT).until(() -> caseFile.resolutions("AZ").stream()
                .anyMatch(r -> "CM/Del/Dec(2024)1501/H46-3".equals(r.reference())));

        putCase("rasul-jafarov", "AZ", "Rəsul Cəfərov", "open", List.of());

        http.perform(get("/api/registry/cases/rasul-jafarov")).andExpect(jsonPath("$.applicationNos[0]").value("36012/20"));
        events.awaitEvent(Topics.REGISTRY, CaseRegistered.class,
                c -> c.caseId().equals("rasul-jafarov") && c.applicationNos().contains("36012/20"), WAIT);
        DraftRevised revised = events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class,
                d -> d.campaignId().equals(campaign) && d.text().contains("36012/20"), WAIT).payload();
        assertThat(revised.text()).contains("CASE OF JAFAROV v. AZERBAIJAN", "CM/Del/Dec(2024)1501/H46-3");
    }

    @Test
    void aNamesakeRegisteredLaterLeavesAnEarlierMatchWithTheCaseThatLearntIt() throws Exception {
        putCase("anar-mammadli", "AZ", "Anar Məmmədli", "open", List.of());
        events.send(envelope(ruling("MAMMADLI v. AZERBAIJAN", "47145/14",
                List.of(), "AZ", MAY_2023, RulingPublished.JUDGMENT), clock));
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/registry/cases/anar-mammadli"))
                .andExpect(jsonPath("$.applicationNos[0]").value("47145/14")));

        putCase("tural-mammadli", "AZ", "Tural Mammadli", "open", List.of());
        putCase("anar-mammadli", "AZ", "Anar Məmmədli", "open", List.of()); // an edit that leaves out the number

        http.perform(get("/api/registry/cases/anar-mammadli")).andExpect(jsonPath("$.applicationNos[0]").value("47145/14"));
        http.perform(get("/api/registry/cases/tural-mammadli")).andExpect(jsonPath("$.applicationNos.length()").value(0));
        http.perform(get("/api/case-file/held"))
                .andExpect(jsonPath("$[?(@.record.applicationNos[0] == '47145/14')]").isEmpty());
        // another person's name forgets what was learnt for the old one
        putCase("anar-mammadli", "AZ", "Anar Aliyev", "open", List.of());
        http.perform(get("/api/registry/cases/tural-mammadli")).andExpect(jsonPath("$.applicationNos[0]").value("47145/14"));
        http.perform(get("/api/registry/cases/anar-mammadli")).andExpect(jsonPath("$.applicationNos.length()").value(0));
    }

    @Test
    void citesTheCourtsJudgmentOnAnInfringementReferralInTheInfringementParagraph() throws Exception {
        UUID campaign = openCampaignAboutAzerbaijan(events, clock);

        events.send(envelope(ruling("PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF ILGAR MAMMADOV v. AZERBAIJAN",
                "15172/13", List.of(), "AZ", LocalDate.of(2019, 5, 29), RulingPublished.INFRINGEMENT_JUDGMENT), clock));

        DraftRevised revised = events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class,
                d -> d.campaignId().equals(campaign) && d.text().contains("15172/13"), WAIT).payload();
        assertThat(revised.reason()).contains("a new judgment under Article 46 § 4");
        assertThat(revised.text()).contains("In its judgment of 29 May 2019 in PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE "
                        + "CASE OF ILGAR MAMMADOV v. AZERBAIJAN (application no. 15172/13), the ECtHR found that the "
                        + "authorities had failed to abide by its earlier judgment")
                .doesNotContain("(application no. 15172/13), the ECtHR found a violation");
        http.perform(get("/api/registry/cases/ilgar-mammadov")).andExpect(jsonPath("$.applicationNos[0]").value("15172/13"));
    }

    @Test
    void announcesTheCasesRegisteredBeforeCaseRegisteredExistedWithWhatTheirNamesMatch() throws Exception {
        events.send(envelope(ruling("CASE OF KAVALA v. TÜRKİYE", "28749/18",
                List.of(), "TR", MAY_2023, RulingPublished.INFRINGEMENT_JUDGMENT), clock));
        await().atMost(WAIT).until(() -> caseFile.rulings("TR").stream().anyMatch(r -> r.infringement()));
        // as an earlier version left it: never announced, nothing learnt
        jdbc.sql("""
                        INSERT INTO registered_case (id, country, person, description, status, application_nos)
                        VALUES ('osman-kavala', 'TR', 'Osman Kavala', 'Civil society leader', 'open', '')""")
                .update();

        previouslyRegistered.afterSingletonsInstantiated();

        CaseRegistered announced = events.awaitEvent(Topics.REGISTRY, CaseRegistered.class,
                c -> c.caseId().equals("osman-kavala"), WAIT).payload();
        assertThat(announced.applicationNos()).containsExactly("28749/18");
        assertThat(announced.country()).isEqualTo("TR");
        assertThat(jdbc.sql("SELECT announced FROM registered_case WHERE id = 'osman-kavala'").query(Boolean.class)
                .single()).isTrue();
    }

    void putCase(String id, String country, String person, String status, List<String> numbers) throws Exception {
        String body = """
                {"country": "%s", "person": "%s", "description": "Journalist, held since 2022.", "status": "%s",
                 "applicationNos": [%s]}""".formatted(country, person, status,
                String.join(", ", numbers.stream().map(n -> "\"" + n + "\"").toList()));
        http.perform(put("/api/registry/cases/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
    }
}
