package org.demarche.campaigns.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The campaign pages of the coordinators' console on real campaigns of the reference registry (the
 * plan of {@code CampaignActionsIT}: a meeting an hour ahead, partners asked twenty seconds after
 * it opens). Actions go through the page's forms and are checked on Kafka.
 */
@SpringBootTest(properties = {
        "demarche.demo.enabled=true",
        "demarche.timeline.sign-on-requests=PT59M40S",
        "demarche.timeline.reminder=PT40M",
        "demarche.timeline.sign-on-closes=PT30M",
        "demarche.timeline.publication=PT20M",
        "demarche.timeline.follow-up=PT1H"})
@AutoConfigureMockMvc
@RealInfrastructure
class CampaignPagesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    MockMvc http;

    @Autowired
    Clock clock;

    @Autowired
    Campaigns campaigns;

    @Autowired
    KafkaTestClient events;

    @Test
    void pausesThroughThePageFormAndSaysWhatWasDone() throws Exception {
        UUID campaign = open();
        Document before = show(campaign, SignedIn.COORDINATOR);
        assertAccessible(before);
        assertThat(before.select("form.action input[name=action]")).extracting(input -> input.val())
                .contains("extend-signing", "pause").doesNotContain("resume");
        assertThat(before.select("a[href=/api/campaigns/" + campaign + "/letter?format=pdf]")).hasSize(1);
        assertThat(before.select("a.button[download][href=/api/campaigns/" + campaign + "/letter?format=docx]").text())
                .isEqualTo("Download for Word (.docx)");
        assertThat(before.select("a[href=/letters/" + campaign + "]")).as("no public page before publication").isEmpty();
        assertThat(before.selectFirst("table caption").text()).contains("Europe/Paris");

        MvcResult done = http.perform(post("/campaigns/" + campaign + "/actions").with(SignedIn.COORDINATOR).with(csrf())
                        .param("action", "pause").param("reason", "waiting for the lead partners"))
                .andExpect(redirectedUrl("/campaigns/" + campaign))
                .andReturn();

        events.awaitEvent(Topics.CAMPAIGNS, CampaignPaused.class,
                p -> p.campaignId().equals(campaign) && p.reason().equals("waiting for the lead partners"), WAIT);
        var audit = events.awaitEvent(Topics.CAMPAIGNS, CampaignActionTaken.class,
                a -> a.campaignId().equals(campaign) && a.action().equals("pause"), WAIT).payload();
        assertThat(audit.actor()).isEqualTo("amina");
        Document after = page(http.perform(get("/campaigns/" + campaign).with(SignedIn.COORDINATOR)
                .flashAttrs(done.getFlashMap())).andExpect(status().isOk()).andReturn());
        assertThat(after.selectFirst("#flash[role=status]").text()).startsWith("Pause: done. campaign paused (was ");
        assertThat(after.select("form.action input[name=action]")).extracting(input -> input.val())
                .as("a paused campaign is offered resume, not pause").contains("resume").doesNotContain("pause");
    }

    @Test
    void showsAnExtensionIntoThePastNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        UUID campaign = open();
        var closes = signingCloses(campaign);

        Document page = page(http.perform(post("/campaigns/" + campaign + "/actions").with(SignedIn.COORDINATOR).with(csrf())
                        .param("action", "extend-signing").param("until", "2018-07-18T11:00")
                        .param("reason", "two partners asked for more time"))
                .andExpect(status().isBadRequest()).andReturn());

        assertAccessible(page);
        var until = page.getElementById("extend-signing-until");
        assertThat(until.attr("aria-invalid")).isEqualTo("true");
        assertThat(until.val()).isEqualTo("2018-07-18T11:00");
        assertThat(until.attr("aria-describedby")).contains("extend-signing-until-problem");
        assertThat(page.getElementById("extend-signing-until-problem").text()).startsWith("is in the past");
        assertThat(page.getElementById("extend-signing-reason").text()).isEqualTo("two partners asked for more time");
        var summary = page.selectFirst("#error-summary[role=alert]");
        assertThat(summary.select("a[href=#extend-signing-until]")).hasSize(1);
        assertThat(signingCloses(campaign)).as("nothing moved").isEqualTo(closes);
    }

    @Test
    void refusesAnActionTheStatusDoesNotAllowWithTheReasonOnThePage() throws Exception {
        UUID campaign = open();
        http.perform(post("/campaigns/" + campaign + "/actions").with(SignedIn.COORDINATOR).with(csrf())
                .param("action", "pause").param("reason", "first")).andExpect(status().is3xxRedirection());

        Document page = page(http.perform(post("/campaigns/" + campaign + "/actions").with(SignedIn.COORDINATOR).with(csrf())
                        .param("action", "pause").param("reason", "again"))
                .andExpect(status().isConflict()).andReturn());

        assertThat(page.selectFirst("#error-summary[role=alert]").text())
                .contains("pause is not possible now: the campaign is paused already");
    }

    @Test
    void aLeadSeesTheCampaignWithoutFormsAndIsRefusedAnAction() throws Exception {
        UUID campaign = open();

        Document page = show(campaign, SignedIn.LEAD);

        assertAccessible(page);
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select("a[href$=/draft/edit]")).isEmpty();
        assertThat(page.select("header nav.areas a").eachAttr("href")).as("the areas of every service a lead may use")
                .containsExactly("http://localhost:8080/", "http://localhost:8081/meetings", "/campaigns", "/registry",
                        "http://localhost:8080/audit");
        assertThat(page.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("campaigns");
        http.perform(post("/campaigns/" + campaign + "/actions").with(SignedIn.LEAD).with(csrf())
                        .param("action", "pause").param("reason", "a lead may only watch"))
                .andExpect(status().isForbidden());
        assertThat(campaigns.find(campaign).orElseThrow().status()).as("nothing paused").isNotEqualTo("paused");
    }

    @Test
    void speaksFrenchWhenTheBrowserAsksForItOrTheSwitchIsUsed() throws Exception {
        UUID campaign = open();

        Document french = page(http.perform(get("/campaigns/" + campaign).with(SignedIn.COORDINATOR)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5")).andExpect(status().isOk()).andReturn());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.getElementById("deadlines-heading").text()).isEqualTo("Échéances");
        assertThat(french.selectFirst("label[for=pause-reason]").text()).startsWith("Motif");
        assertAccessible(french);

        Document switched = page(http.perform(get("/campaigns/" + campaign).param("lang", "fr").with(SignedIn.COORDINATOR))
                .andExpect(status().isOk()).andReturn());
        assertThat(switched.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(switched.select("header nav.areas a").eachText()).startsWith("Tableau de bord", "Rencontres", "Imports");
        Document unknown = page(http.perform(get("/campaigns/" + campaign).with(SignedIn.COORDINATOR)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "de")).andExpect(status().isOk()).andReturn());
        assertThat(unknown.selectFirst("html").attr("lang")).as("no German words: English").isEqualTo("en");
    }

    private java.time.Instant signingCloses(UUID campaign) {
        return campaigns.deadlines(campaign).stream().filter(d -> d.kind() == DeadlineKind.SIGN_ON_CLOSES)
                .findFirst().orElseThrow().dueAt();
    }

    private Document show(UUID campaign, RequestPostProcessor who) throws Exception {
        return page(http.perform(get("/campaigns/" + campaign).with(who)).andExpect(status().isOk()).andReturn());
    }

    private UUID open() {
        UUID meetingId = UUID.randomUUID();
        events.send(envelope(new MeetingScheduled(meetingId, "Macron – Aliyev meeting", clock.instant().plusSeconds(3600),
                "Europe/Paris", "Paris", List.of(
                new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ")))));
        return events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meetingId), WAIT)
                .payload().campaignId();
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
