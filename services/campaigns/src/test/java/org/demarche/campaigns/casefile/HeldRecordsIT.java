package org.demarche.campaigns.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.campaigns.casefile.CaseFileScenario.WAIT;
import static org.demarche.campaigns.casefile.CaseFileScenario.envelope;
import static org.demarche.campaigns.casefile.CaseFileScenario.openCampaignAboutAzerbaijan;
import static org.demarche.campaigns.casefile.CaseFileScenario.ruling;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.demarche.events.Topics;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.registry.CaseRegistered;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two open cases of Azerbaijan whose persons share a surname — the demo's Ilgar Mammadov and a
 * Rashad Mammadov registered here — and judgments that name only the surname: each is held, cited by
 * nobody, until a coordinator attaches it (on the page) or dismisses it (through the API). The page
 * alone (its refusals, language and roles) is {@code HeldRecordsPageTest}'s.
 */
@SpringBootTest(properties = "demarche.demo.enabled=true")
@AutoConfigureMockMvc
@RealInfrastructure
class HeldRecordsIT {

    private static final LocalDate MARCH_2022 = LocalDate.of(2022, 3, 10);

    @Autowired
    MockMvc http;

    @Autowired
    Clock clock;

    @Autowired
    KafkaTestClient events;

    @Test
    void holdsASurnameSharedByTwoOpenCasesUntilACoordinatorAttachesItOnThePage() throws Exception {
        UUID campaign = openCampaignAboutAzerbaijan(events, clock);
        putCase("rashad-mammadov", "Rəşad Məmmədov");

        events.send(envelope(ruling("CASE OF MAMMADOV v. AZERBAIJAN", "55555/18",
                List.of(), "AZ", MARCH_2022, null), clock));

        String id = awaitHeld("55555/18");
        http.perform(get("/api/case-file/held").with(SignedIn.LEAD))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].country").value("AZ"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("held"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].record.type").value("ruling"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].record.caseName").value("CASE OF MAMMADOV v. AZERBAIJAN"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].candidates[*].caseId")
                        .value(containsInAnyOrder("ilgar-mammadov", "rashad-mammadov")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].candidates[*].person")
                        .value(containsInAnyOrder("Ilgar Mammadov", "Rəşad Məmmədov")));
        assertThat(letterText(campaign)).as("held: cited by nobody").doesNotContain("55555/18");
        http.perform(get("/api/registry/cases/ilgar-mammadov").with(SignedIn.LEAD))
                .andExpect(jsonPath("$.applicationNos.length()").value(0));

        MvcResult attached = http.perform(post("/case-file/held/" + id).with(SignedIn.COORDINATOR).with(csrf())
                        .param("caseId", "rashad-mammadov"))
                .andExpect(redirectedUrl("/case-file/held"))
                .andExpect(flash().attribute("flash", "Attached CASE OF MAMMADOV v. AZERBAIJAN to Rəşad Məmmədov: "
                        + "the drafts of the country cite it."))
                .andReturn();

        DraftRevised revised = events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class,
                d -> d.campaignId().equals(campaign) && d.text().contains("55555/18"), WAIT).payload();
        assertThat(revised.reason()).contains("a coordinator attached CASE OF MAMMADOV v. AZERBAIJAN (55555/18)",
                "rashad-mammadov");
        http.perform(get("/api/registry/cases/rashad-mammadov").with(SignedIn.LEAD))
                .andExpect(jsonPath("$.applicationNos[0]").value("55555/18"));
        http.perform(get("/api/registry/cases/ilgar-mammadov").with(SignedIn.LEAD))
                .andExpect(jsonPath("$.applicationNos.length()").value(0));
        events.awaitEvent(Topics.REGISTRY, CaseRegistered.class,
                c -> c.caseId().equals("rashad-mammadov") && c.applicationNos().contains("55555/18"), WAIT);
        Document after = page(http.perform(get("/case-file/held").with(SignedIn.COORDINATOR).flashAttrs(attached.getFlashMap()))
                .andReturn());
        assertThat(after.selectFirst("#flash").text()).startsWith("Attached CASE OF MAMMADOV v. AZERBAIJAN");
        assertThat(after.getElementById("held-" + id + "-heading")).isNull();
        http.perform(post("/api/case-file/held/" + id).with(SignedIn.COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\": \"ilgar-mammadov\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("attached to case rashad-mammadov")));

        // the number learnt now decides a later judgment about the same application
        events.send(envelope(ruling("MAMMADOV v. AZERBAIJAN (No. 2)", "60001/21",
                List.of("55555/18"), "AZ", MARCH_2022, null), clock));
        events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class,
                d -> d.campaignId().equals(campaign) && d.text().contains("60001/21"), WAIT);
        http.perform(get("/api/case-file/held").with(SignedIn.LEAD))
                .andExpect(jsonPath("$[?(@.record.applicationNos[0] == '60001/21')]").isEmpty());
    }

    @Test
    void aHeldRecordIsSettledWhenALaterJudgmentTeachesACaseItsNumber() throws Exception {
        UUID campaign = openCampaignAboutAzerbaijan(events, clock);
        putCase("elnur-hasanov", "Elnur Həsənov");
        putCase("rauf-hasanov", "Rauf Hasanov");
        events.send(envelope(ruling("CASE OF HASANOV v. AZERBAIJAN", "10001/20",
                List.of(), "AZ", MARCH_2022, null), clock));
        awaitHeld("10001/20");

        // the Court names him in full in a later judgment joining the same application
        events.send(envelope(ruling("CASE OF ELNUR HASANOV v. AZERBAIJAN (No. 2)", "20002/21",
                List.of("10001/20"), "AZ", MARCH_2022.plusYears(1), null), clock));

        events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class,
                d -> d.campaignId().equals(campaign) && d.text().contains("10001/20") && d.text().contains("20002/21"),
                WAIT);
        http.perform(get("/api/case-file/held").with(SignedIn.LEAD))
                .andExpect(jsonPath("$[?(@.record.applicationNos[0] == '10001/20')]").isEmpty());
        http.perform(get("/api/registry/cases/elnur-hasanov").with(SignedIn.LEAD))
                .andExpect(jsonPath("$.applicationNos").value(containsInAnyOrder("20002/21", "10001/20")));
        http.perform(get("/api/registry/cases/rauf-hasanov").with(SignedIn.LEAD))
                .andExpect(jsonPath("$.applicationNos.length()").value(0));
    }

    @Test
    void aDismissedRecordLeavesTheListAndNoLetterCitesIt() throws Exception {
        UUID campaign = openCampaignAboutAzerbaijan(events, clock);
        putCase("rashad-mammadov", "Rəşad Məmmədov");
        events.send(envelope(ruling("MAMMADOV AND OTHERS v. AZERBAIJAN", "77777/20",
                List.of(), "AZ", MARCH_2022, null), clock));
        String id = awaitHeld("77777/20");

        http.perform(post("/api/case-file/held/" + id).with(SignedIn.COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\": \"osman-kavala\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
        http.perform(delete("/api/case-file/held/" + UUID.randomUUID()).with(SignedIn.COORDINATOR)).andExpect(status().isNotFound());
        http.perform(delete("/api/case-file/held/" + id).with(SignedIn.LEAD)).andExpect(status().isForbidden());

        http.perform(delete("/api/case-file/held/" + id).with(SignedIn.COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("dismissed"))
                .andExpect(jsonPath("$.decidedBy").value("amina"));

        http.perform(get("/api/case-file/held").with(SignedIn.LEAD))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
        putCase("rashad-mammadov", "Rəşad Məmmədov"); // deciding again keeps a coordinator's dismissal
        http.perform(get("/api/case-file/held").with(SignedIn.LEAD))
                .andExpect(jsonPath("$[?(@.record.applicationNos[0] == '77777/20')]").isEmpty());
        assertThat(letterText(campaign)).doesNotContain("77777/20");
    }

    private String awaitHeld(String applicationNo) {
        return await().atMost(WAIT).until(() -> {
            String held = http.perform(get("/api/case-file/held").with(SignedIn.LEAD)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            List<String> ids = JsonPath.read(held, "$[?(@.record.applicationNos[0] == '" + applicationNo + "')].id");
            return ids.isEmpty() ? null : ids.get(0);
        }, notNullValue());
    }

    private void putCase(String id, String person) throws Exception {
        http.perform(put("/api/registry/cases/" + id).with(SignedIn.COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"country": "AZ", "person": "%s", "description": "Youth activist."}"""
                                .formatted(person).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
    }

    private String letterText(UUID campaign) throws Exception {
        return http.perform(get("/api/campaigns/" + campaign + "/letter").with(SignedIn.LEAD).param("format", "txt"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
