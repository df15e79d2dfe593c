package org.demarche.campaigns.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.demarche.campaigns.campaign.Campaign;
import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.campaigns.campaign.Deadline;
import org.demarche.campaigns.campaign.Invitations;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One campaign's page alone, over stand-ins for the campaigns and their actions: what a coordinator
 * and a lead see, the actions' refusals next to their fields (each action's own check against the
 * campaign's state), the language, who may act, and unknown campaigns. What an action changes, on
 * the page's form or through the API, is {@code CampaignActionsIT}'s.
 */
@WebMvcTest(CampaignPageController.class)
class CampaignPageTest {

    private static final UUID CAMPAIGN = UUID.fromString("5b0c6a3e-1f2d-4e8a-9b7c-2d3e4f5a6b7c");
    private static final Instant NOW = Instant.parse("2018-07-16T12:00:00Z");
    private static final Instant CLOSES = Instant.parse("2018-07-17T09:00:00Z");
    private static final Instant PUBLICATION = Instant.parse("2018-07-18T09:00:00Z");

    @Autowired
    MockMvc http;

    @MockitoBean
    Campaigns campaigns;

    @MockitoBean
    Invitations invitations;

    @MockitoBean
    Registry registry;

    @MockitoBean
    CampaignActions actions;

    @BeforeEach
    void aCampaignAboutAzerbaijanWhoseSigningCloses() {
        state("signing", ActionKind.EXTEND_SIGNING, ActionKind.EXTRA_REMINDER, ActionKind.PUBLISH_NOW, ActionKind.PAUSE);
        given(campaigns.deadlines(CAMPAIGN)).willReturn(List.of(
                new Deadline(DeadlineKind.SIGN_ON_REQUESTS, Instant.parse("2018-07-11T09:00:00Z"), Deadline.REACHED),
                new Deadline(DeadlineKind.SIGN_ON_CLOSES, CLOSES, Deadline.SCHEDULED),
                new Deadline(DeadlineKind.PUBLICATION, PUBLICATION, Deadline.SCHEDULED)));
        given(invitations.of(CAMPAIGN)).willReturn(List.of());
        given(invitations.signatories(CAMPAIGN)).willReturn(List.of());
        given(registry.target("macron")).willReturn(Optional.empty());
    }

    /**
     * The campaign in {@code status}, {@code offered} these actions: each one taken is judged by the
     * action's own check against the campaign, as {@link CampaignActions} does on the stored one.
     */
    private void state(String status, ActionKind... offered) {
        given(campaigns.find(CAMPAIGN)).willReturn(Optional.of(new Campaign(CAMPAIGN, UUID.randomUUID(), "macron", "AZ",
                "Macron – Aliyev, Paris", status, "Macron – Aliyev meeting", Instant.parse("2018-07-20T09:00:00Z"),
                "Europe/Paris", "Paris", "Ilham Aliyev", "President of the Republic of Azerbaijan", 1,
                Instant.parse("2018-07-06T09:00:00Z"), "en")));
        given(actions.possibleNow(CAMPAIGN)).willReturn(Set.of(offered));
        CampaignState state = new CampaignState(status, NOW, ZoneId.of("Europe/Paris"), CLOSES, PUBLICATION, Set.of(), true);
        willAnswer(call -> {
            CampaignAction action = call.getArgument(0);
            action.checkAgainst(state);
            return new CampaignActionTaken(CAMPAIGN, action.kind().wireName(), call.getArgument(1), action.reason(),
                    "campaign paused (was " + status + "); its deadlines wait until it resumes", NOW);
        }).given(actions).take(any(), any());
    }

    @Test
    void aCoordinatorSeesTheDeadlinesInTheMeetingsZoneTheLetterAndTheActionsTheStateAllows() throws Exception {
        Document page = show(SignedIn.COORDINATOR);

        assertAccessible(page);
        assertThat(page.select("form.action input[name=action]")).extracting(input -> input.val())
                .contains("extend-signing", "pause").doesNotContain("resume");
        assertThat(page.selectFirst("table caption").text()).contains("Europe/Paris");
        assertThat(page.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains("17 Jul 2018, 11:00"));
        assertThat(page.getElementById("extend-signing-until").val()).as("the current close, to start from")
                .isEqualTo("2018-07-17T11:00");
        assertThat(page.select("a[href=/api/campaigns/" + CAMPAIGN + "/letter?format=pdf]")).hasSize(1);
        assertThat(page.select("a.button[download][href=/api/campaigns/" + CAMPAIGN + "/letter?format=docx]").text())
                .isEqualTo("Download for Word (.docx)");
        assertThat(page.select("a[href=/campaigns/" + CAMPAIGN + "/draft/edit]")).hasSize(1);
        assertThat(page.select("a[href=/letters/" + CAMPAIGN + "]")).as("no public page before publication").isEmpty();
    }

    @Test
    void aDoneActionLeadsBackToThePageSayingWhatWasDoneAndWhoDidIt() throws Exception {
        http.perform(act("pause", "waiting for the lead partners").with(SignedIn.COORDINATOR))
                .andExpect(redirectedUrl("/campaigns/" + CAMPAIGN))
                .andExpect(flash().attribute("flash",
                        "Pause: done. campaign paused (was signing); its deadlines wait until it resumes."));

        verify(actions).take(any(PauseCampaign.class), eq("amina"));
    }

    @Test
    void anExtensionIntoThePastIsShownNextToItsFieldWithWhatWasTyped() throws Exception {
        Document page = page(http.perform(act("extend-signing", "two partners asked for more time")
                        .param("until", "2018-07-16T11:00").with(SignedIn.COORDINATOR))
                .andExpect(status().isBadRequest()).andReturn());

        assertAccessible(page);
        var until = page.getElementById("extend-signing-until");
        assertThat(until.attr("aria-invalid")).isEqualTo("true");
        assertThat(until.val()).isEqualTo("2018-07-16T11:00");
        assertThat(until.attr("aria-describedby")).contains("extend-signing-until-problem");
        assertThat(page.getElementById("extend-signing-until-problem").text()).startsWith("is in the past");
        assertThat(page.getElementById("extend-signing-reason").text()).isEqualTo("two partners asked for more time");
        assertThat(page.select("#error-summary[role=alert] a[href=#extend-signing-until]")).hasSize(1);
        assertThat(page.getElementById("pause-reason").hasAttr("aria-invalid")).as("only the form sent is marked").isFalse();
    }

    @Test
    void aMissingReasonOrATimeThatIsNotOneIsRefusedBeforeAnythingIsTaken() throws Exception {
        Document noReason = page(http.perform(act("pause", " ").with(SignedIn.COORDINATOR))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(noReason.getElementById("pause-reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(noReason.getElementById("pause-reason-problem").text()).startsWith("is required");
        assertThat(noReason.select("#error-summary[role=alert] a[href=#pause-reason]")).hasSize(1);

        Document notATime = page(http.perform(act("extend-signing", "more time").param("until", "next Tuesday")
                        .with(SignedIn.COORDINATOR))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(notATime.getElementById("extend-signing-until").val()).isEqualTo("next Tuesday");
        assertThat(notATime.getElementById("extend-signing-until-problem").text()).contains("was 'next Tuesday'");

        verify(actions, never()).take(any(), any());
    }

    @Test
    void anActionTheStatusDoesNotAllowIs409WithTheReasonOnThePage() throws Exception {
        state("paused", ActionKind.RESUME);

        Document page = page(http.perform(act("pause", "again").with(SignedIn.COORDINATOR))
                .andExpect(status().isConflict()).andReturn());

        assertAccessible(page);
        assertThat(page.selectFirst("#error-summary[role=alert]").text())
                .contains("pause is not possible now: the campaign is paused already");
    }

    @Test
    void aLeadSeesTheCampaignWithoutFormsAndIsRefusedAnActionWithThePageSayingWhy() throws Exception {
        Document page = show(SignedIn.LEAD);

        assertAccessible(page);
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.select("a[href$=/draft/edit]")).isEmpty();
        assertThat(page.select("header nav.areas a").eachAttr("href")).as("the areas of every service a lead may use")
                .containsExactly("http://localhost:8080/", "http://localhost:8081/meetings", "/campaigns", "/registry",
                        "http://localhost:8080/audit");
        assertThat(page.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("campaigns");

        Document refused = page(http.perform(act("pause", "a lead may only watch").with(SignedIn.LEAD)
                        .cookie(new Cookie(PageLanguages.COOKIE, "fr")))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(refused.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(refused.selectFirst("#forbidden h1").text()).isEqualTo("Action non autorisée");
        verify(actions, never()).take(any(), any());
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        http.perform(get("/campaigns/" + CAMPAIGN)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        http.perform(act("pause", "anonymous")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verify(actions, never()).take(any(), any());
    }

    @Test
    void speaksFrenchWhenTheBrowserAsksTheSwitchSaysOrTheCookieKeepsIt() throws Exception {
        Document french = page(http.perform(get("/campaigns/" + CAMPAIGN).with(SignedIn.COORDINATOR)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5")).andExpect(status().isOk()).andReturn());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.getElementById("deadlines-heading").text()).isEqualTo("Échéances");
        assertThat(french.selectFirst("label[for=pause-reason]").text()).startsWith("Motif");
        assertThat(french.selectFirst(".status").text()).isEqualTo("signatures en cours");
        assertAccessible(french);

        Document switched = page(http.perform(get("/campaigns/" + CAMPAIGN).param("lang", "fr").with(SignedIn.COORDINATOR)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(status().isOk()).andReturn());
        assertThat(switched.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(switched.select("header nav.areas a").eachText()).startsWith("Tableau de bord", "Rencontres", "Imports");

        Document kept = page(http.perform(get("/campaigns/" + CAMPAIGN).with(SignedIn.COORDINATOR)
                .cookie(new Cookie(PageLanguages.COOKIE, "fr")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn());
        assertThat(kept.selectFirst("html").attr("lang")).isEqualTo("fr");

        Document unknown = page(http.perform(get("/campaigns/" + CAMPAIGN).with(SignedIn.COORDINATOR)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "de")).andExpect(status().isOk()).andReturn());
        assertThat(unknown.selectFirst("html").attr("lang")).as("no German words: English").isEqualTo("en");
    }

    @Test
    void aForgedCampaignIdIsNotFoundAndNothingIsTaken() throws Exception {
        UUID unknown = UUID.randomUUID();
        given(campaigns.find(unknown)).willReturn(Optional.empty());

        http.perform(get("/campaigns/" + unknown).with(SignedIn.COORDINATOR)).andExpect(status().isNotFound());
        http.perform(post("/campaigns/" + unknown + "/actions").with(SignedIn.COORDINATOR).with(csrf())
                .param("action", "pause").param("reason", "forged")).andExpect(status().isNotFound());
        verify(actions, never()).take(any(), any());
    }

    @Test
    void aLinkToNothingOpenedInABrowserIsAPageInItsLanguageAndTheApiKeepsItsProblem() throws Exception {
        UUID unknown = UUID.randomUUID();
        given(campaigns.find(unknown)).willReturn(Optional.empty());

        Document missing = page(http.perform(get("/campaigns/" + unknown).with(SignedIn.COORDINATOR)
                .accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")).andExpect(status().isNotFound()).andReturn());
        assertThat(missing.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(missing.selectFirst("h1").text()).isEqualTo("Page introuvable");

        // a link cut short when copied from an email: its id no longer reads as one
        Document cut = page(http.perform(get("/campaigns/" + CAMPAIGN.toString().substring(0, 13)).with(SignedIn.COORDINATOR)
                .accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound()).andReturn());
        assertThat(cut.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(cut.selectFirst("main a").attr("href")).isEqualTo("/");

        http.perform(get("/campaigns/" + unknown).with(SignedIn.COORDINATOR).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/campaigns/not-a-uuid").with(SignedIn.COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private Document show(RequestPostProcessor who) throws Exception {
        return page(http.perform(get("/campaigns/" + CAMPAIGN).with(who)).andExpect(status().isOk()).andReturn());
    }

    /** An action's form as the page sends it, signed in as nobody yet. */
    private static MockHttpServletRequestBuilder act(String action, String reason) {
        return post("/campaigns/" + CAMPAIGN + "/actions").with(csrf()).param("action", action).param("reason", reason);
    }
}
