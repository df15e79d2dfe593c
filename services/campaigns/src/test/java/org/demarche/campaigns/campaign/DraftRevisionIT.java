package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.casefile.CaseFile;
import org.demarche.campaigns.deadline.DeadlinesOnTheClock;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Signatory;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.PartnerSigned;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Draft versions on the reference registry, on the product's plan and a clock the test moves: a
 * meeting ten days ahead, partners asked when the test moves the clock to the day they are due, the
 * rest of the plan days away. A new ruling makes a version with a diff and keeps
 * the signatures given; a coordinator's new ask makes one that asks the signatory to confirm, and
 * the letter leaves them out until they sign it. One version is made on the editor page.
 */
@SpringBootTest(properties = "demarche.demo.enabled=true")
@Import(DeadlinesOnTheClock.Config.class)
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
class DraftRevisionIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CLUB = "human-rights-club";
    private static final String NEW_ASK = "We urge you to call on President Ilham Aliyev to release Ilgar Mammadov "
            + "without delay and to end the prosecution of human rights defenders.";

    @Autowired
    MockMvc http;

    @Autowired
    Clock clock;

    @Autowired
    DeadlinesOnTheClock time;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CaseFile caseFile;

    @Autowired
    KafkaTestClient events;

    @Test
    void aNewRulingAboutTheCaseMakesAVersionWithADiffAndKeepsTheSignaturesGiven() throws Exception {
        UUID campaign = openAndAskPartners();
        sign(campaign, 1);
        awaitSignatories(campaign, "Rasul Jafarov");
        // a judgment about someone else in the country is not the letter's business: it makes no version
        events.send(envelope(new RulingPublished(UUID.randomUUID(), "ECtHR", "Someone Else v. Azerbaijan", "11111/19",
                "AZ", LocalDate.of(2019, 2, 1), List.of("10"), null, null)));
        await().atMost(WAIT).until(() -> caseFile.rulings("AZ").stream().anyMatch(r -> r.applicationNo().equals("11111/19")));

        events.send(envelope(new RulingPublished(UUID.randomUUID(), "ECtHR", "Ilgar Mammadov v. Azerbaijan (no. 3)",
                "99999/19", "AZ", LocalDate.of(2019, 3, 1), List.of("5"), "Detention unlawful again.", null)));

        DraftRevised revised = events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class,
                d -> d.campaignId().equals(campaign) && d.version() == 2, WAIT).payload();
        assertThat(revised.reason()).contains("a new judgment", "Ilgar Mammadov v. Azerbaijan (no. 3)");
        assertThat(revised.diff()).startsWith("--- version 1\n+++ version 2\n@@ ")
                .contains("\n+We ask you to pay particular attention to the case of Ilgar Mammadov.")
                .contains("In its judgment of 1 March 2019 in Ilgar Mammadov v. Azerbaijan (no. 3) (application no. 99999/19)")
                .doesNotContain("11111/19");
        assertThat(revised.text()).contains("99999/19");

        http.perform(get("/api/campaigns/" + campaign + "/drafts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].reason").value("first draft"))
                .andExpect(jsonPath("$[1].asksConfirmation").value(false));
        http.perform(get("/api/campaigns/" + campaign + "/drafts/2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.diff").value(revised.diff()))
                .andExpect(jsonPath("$.text").value(revised.text()));
        http.perform(get("/api/campaigns/" + campaign + "/drafts/3")).andExpect(status().isNotFound());
        http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.draftVersion").value(2))
                .andExpect(jsonPath("$.signatories[0].name").value("Rasul Jafarov"))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'human-rights-club')].answer").value("signed"));
        assertThat(letterText(campaign)).contains("Rasul Jafarov", "99999/19");
    }

    @Test
    void aNewAskAsksThoseWhoSignedToConfirmAndLeavesThemOutUntilTheyDo() throws Exception {
        UUID campaign = openAndAskPartners();
        sign(campaign, 1);
        awaitSignatories(campaign, "Rasul Jafarov");

        http.perform(put("/api/campaigns/" + campaign + "/draft").contentType(MediaType.APPLICATION_JSON).content("""
                        {"parts": {"ask": "%s"}, "reason": "the lead partners want a firmer ask"}""".formatted(NEW_ASK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.made").value(true))
                .andExpect(jsonPath("$.asksConfirmation").value(true))
                .andExpect(jsonPath("$.edits.ask").value(NEW_ASK));

        SignOnRequested again = events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaign) && r.partnerId().equals(CLUB) && r.draftVersion() == 2, WAIT)
                .payload();
        assertThat(again.draftText()).contains(NEW_ASK);
        assertThat(again.diff()).startsWith("--- version 1\n+++ version 2\n")
                .contains("\n-We urge you to call on President Ilham Aliyev to release Ilgar Mammadov immediately")
                .contains("\n+" + NEW_ASK);
        events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaign) && r.partnerId().equals("iphr") && r.draftVersion() == 2, WAIT);
        http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.signatories.length()").value(0))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'human-rights-club')].answer").value("pending"))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'human-rights-club')].awaitingConfirmation").value(true))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'human-rights-club')].signedVersion").value(1));
        assertThat(letterText(campaign)).contains(NEW_ASK).doesNotContain("Rasul Jafarov");

        sign(campaign, 2);
        awaitSignatories(campaign, "Rasul Jafarov");
        assertThat(letterText(campaign)).contains("Rasul Jafarov");

        // rewording another part (the ask kept: a PUT is the whole rewording) keeps the signature
        http.perform(put("/api/campaigns/" + campaign + "/draft").contentType(MediaType.APPLICATION_JSON).content("""
                        {"parts": {"ask": "%s", "meeting": "We hope you will raise these cases in Paris."},
                         "reason": "a shorter last paragraph"}""".formatted(NEW_ASK)))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.asksConfirmation").value(false));
        http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.signatories[0].name").value("Rasul Jafarov"))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'human-rights-club')].requestedVersion").value(2));
        http.perform(put("/api/campaigns/" + campaign + "/draft").contentType(MediaType.APPLICATION_JSON).content("""
                        {"parts": {"ask": "%s", "meeting": "We hope you will raise these cases in Paris."},
                         "reason": "the same again"}""".formatted(NEW_ASK)))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.made").value(false));
    }

    @Test
    void countsAnOrganisationThatSignedWithoutBeingNamedAndNeverPrintsIt() throws Exception {
        UUID campaign = openAndAskPartners();

        events.send(envelope(new PartnerSigned(campaign, "iphr", new Signatory("Brigitte Dufour", "Director",
                "International Partnership for Human Rights", "BE"), 1, clock.instant(), null, true)));

        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'iphr')].answer").value("signed"))
                .andExpect(jsonPath("$.signOn[?(@.partnerId == 'iphr')].anonymous").value(true))
                .andExpect(jsonPath("$.signatories.length()").value(0)));
        assertThat(letterText(campaign))
                .contains("Organisations that signed without being named, for their safety: 1")
                .doesNotContain("Brigitte Dufour", "International Partnership for Human Rights");
    }

    /** The editor page makes a version through the same revisions as the API; the page alone is {@code DraftPageTest}'s. */
    @Test
    void theEditorPageMakesAVersionWhosePageShowsTheWordsChanged() throws Exception {
        UUID campaign = open();
        Document editor = page(http.perform(get("/campaigns/" + campaign + "/draft/edit").with(SignedIn.COORDINATOR))
                .andExpect(status().isOk()).andReturn());
        String sharperAsk = "We urge you to ask President Aliyev to release Ilgar Mammadov at once.";

        MockHttpServletRequestBuilder submit = post("/campaigns/" + campaign + "/draft").with(SignedIn.COORDINATOR)
                .with(csrf()).param("reason", "a sharper ask");
        for (Element box : editor.select("textarea[name^=parts.]")) {
            submit.param(box.attr("name"), box.attr("name").equals("parts.ask") ? sharperAsk : box.wholeText());
        }
        MvcResult made = http.perform(submit).andExpect(redirectedUrl("/campaigns/" + campaign + "/drafts/2")).andReturn();

        events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class, d -> d.campaignId().equals(campaign), WAIT);
        http.perform(get("/api/campaigns/" + campaign + "/drafts/2"))
                .andExpect(jsonPath("$.reason").value("a sharper ask"))
                .andExpect(jsonPath("$.edits.ask").value(sharperAsk))
                .andExpect(jsonPath("$.edits.title").doesNotExist());
        Document version = page(http.perform(get("/campaigns/" + campaign + "/drafts/2").with(SignedIn.COORDINATOR)
                .flashAttrs(made.getFlashMap())).andExpect(status().isOk()).andReturn());
        assertThat(version.selectFirst("#flash").text()).isEqualTo("Version 2 made.");
        // word by word: "call on President Ilham Aliyev to release Ilgar Mammadov immediately and ..."
        // became "ask President Aliyev to release Ilgar Mammadov at once."
        Element changes = version.selectFirst(".changes");
        changes.select(".visually-hidden").remove();
        assertThat(changes.select("del").eachText()).contains("call on", "Ilham")
                .anySatisfy(deleted -> assertThat(deleted).startsWith("immediately and unconditionally"));
        assertThat(changes.select("ins").eachText()).contains("ask", "at once");
        assertThat(version.selectFirst(".letter-text").text()).contains("release Ilgar Mammadov at once");
        Document list = page(http.perform(get("/campaigns/" + campaign + "/drafts").with(SignedIn.LEAD))
                .andExpect(status().isOk()).andReturn());
        assertThat(list.select("tbody tr").last().text()).contains("Version 2", "a sharper ask");
    }

    @Test
    void refusesABadEditNamingEachField() throws Exception {
        http.perform(put("/api/campaigns/" + UUID.randomUUID() + "/draft").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parts\": {}, \"reason\": \"x\"}"))
                .andExpect(status().isNotFound());
        UUID campaign = open();

        http.perform(put("/api/campaigns/" + campaign + "/draft").contentType(MediaType.APPLICATION_JSON).content("""
                        {"parts": {"greeting": "Hello", "title": ""}, "text": "a whole letter"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "text", "reason", "parts.greeting", "parts.title")));
        http.perform(get("/api/campaigns/" + campaign + "/letter").param("format", "txt").param("lang", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"));
        String french = http.perform(get("/api/campaigns/" + campaign + "/letter").param("format", "txt")
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).contains("Monsieur le Président de la République,", "Azerbaïdjan", "juillet");
    }

    @Test
    void readsTheDraftInAnotherLanguageAsOftenAsAsked() throws Exception {
        UUID campaign = open();

        // composed from the case file each time, outside any transaction: more readings than the service has
        // connections, each given back
        for (int reading = 0; reading < 20; reading++) {
            String french = http.perform(get("/api/campaigns/" + campaign + "/letter").param("format", "txt")
                            .param("lang", "fr"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(french).contains("Monsieur le Président de la République,");
        }
    }

    private UUID open() {
        // rulings and resolutions an earlier class left on the topics revise a draft if they arrive after it is
        // made: the case file has them first, so that a version 2 is this test's own
        events.awaitConsumed("campaigns", WAIT, Topics.RULINGS, Topics.RESOLUTIONS);
        UUID meetingId = UUID.randomUUID();
        events.send(envelope(new MeetingScheduled(meetingId, "Macron – Aliyev meeting", clock.instant().plus(Duration.ofDays(10)),
                "Europe/Paris", "Paris", List.of(
                new Participant("Emmanuel Macron", "President of the French Republic", "FR"),
                new Participant("Ilham Aliyev", "President of the Republic of Azerbaijan", "AZ")))));
        return events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meetingId), WAIT)
                .payload().campaignId();
    }

    private UUID openAndAskPartners() {
        UUID campaign = open();
        Instant asking = campaigns.deadlines(campaign).stream().filter(d -> d.kind() == DeadlineKind.SIGN_ON_REQUESTS)
                .findFirst().orElseThrow().dueAt();
        assertThat(time.moveTo(campaign, asking)).as("deadlines due when the partners are asked")
                .containsExactly(campaign + ":" + DeadlineKind.SIGN_ON_REQUESTS.wireName());
        var request = events.awaitEvent(Topics.OUTREACH, SignOnRequested.class,
                r -> r.campaignId().equals(campaign) && r.partnerId().equals(CLUB), WAIT).payload();
        assertThat(request.draftVersion()).isEqualTo(1);
        assertThat(request.diff()).isNull();
        assertThat(request.country()).isEqualTo("AZ");
        return campaign;
    }

    private void sign(UUID campaign, int version) {
        events.send(envelope(new PartnerSigned(campaign, CLUB, new Signatory("Rasul Jafarov", "Director",
                "Human Rights Club", "AZ"), version, clock.instant(), null)));
    }

    private void awaitSignatories(UUID campaign, String name) {
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(jsonPath("$.signatories[0].name").value(name)));
    }

    private String letterText(UUID campaign) throws Exception {
        return http.perform(get("/api/campaigns/" + campaign + "/letter").param("format", "txt"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return EventEnvelope.of(event, "/test", clock.instant(), null);
    }
}
