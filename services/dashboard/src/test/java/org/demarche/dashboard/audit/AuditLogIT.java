package org.demarche.dashboard.audit;

import static org.awaitility.Awaitility.await;
import static org.demarche.dashboard.campaign.CampaignEvents.at;
import static org.demarche.dashboard.campaign.CampaignEvents.opened;
import static org.demarche.dashboard.campaign.CampaignEvents.secondsAfterOpening;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.CampaignResumed;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Coordinators' actions, as campaigns announces them, in the leads' audit log and in the
 * campaign's history; the events that come with them (pause, resume, a revoked link) change the
 * campaign as they say, and none goes to a dead-letter topic.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "lead", roles = "LEAD")
@RealInfrastructure
class AuditLogIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void keepsEachActionOnceAndListsACampaignsActionsNewestFirst() throws Exception {
        UUID campaign = UUID.randomUUID();
        var pausedAction = at(60, new CampaignActionTaken(campaign, "pause", "coordinator", "waiting for the leads",
                "campaign paused (was signing); its deadlines wait until it resumes", secondsAfterOpening(60)));
        events.send(at(0, opened(campaign)));
        events.send(at(60, new CampaignPaused(campaign, "waiting for the leads")));
        events.send(pausedAction);
        events.send(pausedAction);
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.status").value("paused")));
        events.send(at(120, new CampaignResumed(campaign, "signing", "the leads agreed")));
        events.send(at(120, new CampaignActionTaken(campaign, "resume", "lead-coordinator", "the leads agreed",
                "campaign resumed as signing; deadlines due while paused run now", secondsAfterOpening(120))));
        events.send(at(180, new PartnerLinkRevoked(campaign, "iphr", "phone seized")));
        events.send(at(180, new CampaignActionTaken(campaign, "revoke-link", "coordinator", "phone seized",
                "sign-on links of partner iphr revoked", secondsAfterOpening(180))));
        UUID otherCampaign = UUID.randomUUID();
        events.send(at(30, new CampaignActionTaken(otherCampaign, "pause", "someone", "r", "d", secondsAfterOpening(30))));

        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/audit").param("campaign", campaign.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3)));
        http.perform(get("/api/audit").param("campaign", campaign.toString()))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("revoke-link", "resume", "pause")))
                .andExpect(jsonPath("$[1].at").value("2018-07-10T08:02:00Z"))
                .andExpect(jsonPath("$[1].actor").value("lead-coordinator"))
                .andExpect(jsonPath("$[1].campaignId").value(campaign.toString()))
                .andExpect(jsonPath("$[1].detail").value("campaign resumed as signing; deadlines due while paused run now"))
                .andExpect(jsonPath("$[1].reason").value("the leads agreed"));
        // the revoked link comes on the outreach topic, the actions on the campaigns topic: either may come first
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.status").value("signing"))
                .andExpect(jsonPath("$.history[*].summary", hasItem("Campaign resumed (signing): the leads agreed")))
                .andExpect(jsonPath("$.history[*].summary", hasItem(
                        "Coordinator coordinator: revoke-link, sign-on links of partner iphr revoked — phone seized")))
                .andExpect(jsonPath("$.history[*].summary", hasItem("Sign-on links of partner iphr revoked: phone seized"))));
        http.perform(get("/api/audit").param("campaign", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void refusesAMissingOrMalformedCampaignNamingIt() throws Exception {
        http.perform(get("/api/audit"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("campaign"));
        http.perform(get("/api/audit").param("campaign", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("campaign"))
                .andExpect(jsonPath("$.detail").value("campaign: must be a campaign id (a UUID), was 'not-a-uuid'"));
    }
}
