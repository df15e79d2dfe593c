package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.campaign.Campaigns;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Participant;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The draft pages of the console on campaigns of the reference registry (the plan of
 * {@code CampaignActionsIT}): the editor makes a version through the same code as the API, and
 * the version's page shows what changed.
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
class DraftPagesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String NEW_ASK = "We urge you to ask President Aliyev to release Ilgar Mammadov at once.";

    @Autowired
    MockMvc http;

    @Autowired
    Clock clock;

    @Autowired
    Campaigns campaigns;

    @Autowired
    KafkaTestClient events;

    @Test
    void theEditorMakesANewVersionWhosePageShowsTheChangeMarkedInWords() throws Exception {
        UUID campaign = open();
        Document editor = page(http.perform(get("/campaigns/" + campaign + "/draft/edit").with(SignedIn.COORDINATOR))
                .andExpect(status().isOk()).andReturn());
        assertAccessible(editor);
        String oldAsk = editor.getElementById("parts-ask").text();
        assertThat(oldAsk).isNotBlank();

        MvcResult made = http.perform(submit(campaign, editor, NEW_ASK, "a sharper ask"))
                .andExpect(redirectedUrl("/campaigns/" + campaign + "/drafts/2")).andReturn();

        events.awaitEvent(Topics.CAMPAIGNS, DraftRevised.class, d -> d.campaignId().equals(campaign), WAIT);
        http.perform(get("/api/campaigns/" + campaign + "/drafts/2").with(SignedIn.COORDINATOR))
                .andExpect(jsonPath("$.reason").value("a sharper ask"))
                .andExpect(jsonPath("$.edits.ask").value(NEW_ASK))
                .andExpect(jsonPath("$.edits.title").doesNotExist());
        Document version = page(http.perform(get("/campaigns/" + campaign + "/drafts/2").with(SignedIn.COORDINATOR)
                .flashAttrs(made.getFlashMap())).andExpect(status().isOk()).andReturn());
        assertAccessible(version);
        assertThat(version.selectFirst("#flash").text()).isEqualTo("Version 2 made.");
        Element changes = version.selectFirst(".changes");
        assertThat(changes.attr("aria-describedby")).isEqualTo("changes-legend");
        assertThat(changes.select("del > span.visually-hidden:first-child").eachText())
                .as("each deletion says so to a screen reader").hasSameSizeAs(changes.select("del"))
                .isNotEmpty().containsOnly("deleted:");
        assertThat(changes.select("ins > span.visually-hidden:first-child").eachText())
                .as("each insertion says so to a screen reader").hasSameSizeAs(changes.select("ins"))
                .isNotEmpty().containsOnly("inserted:");
        // word by word: "call on President Ilham Aliyev to release Ilgar Mammadov immediately and ..."
        // became "ask President Aliyev to release Ilgar Mammadov at once."
        assertThat(wordsOf(changes, "del")).contains("call on", "Ilham")
                .anySatisfy(deleted -> assertThat(deleted).startsWith("immediately and unconditionally"));
        assertThat(wordsOf(changes, "ins")).contains("ask", "at once");
        Element unchanged = changes.clone();
        unchanged.select("del, ins").remove();
        assertThat(unchanged.text()).as("what stayed is plain text, not removed and added again")
                .contains("We urge you to", "President", "Aliyev to release Ilgar Mammadov");
        assertThat(version.selectFirst(".letter-text").text()).contains("release Ilgar Mammadov at once");

        Document list = page(http.perform(get("/campaigns/" + campaign + "/drafts").with(SignedIn.LEAD))
                .andExpect(status().isOk()).andReturn());
        assertThat(list.select("tbody tr")).hasSize(2);
        assertThat(list.select("tbody tr").last().text()).contains("Version 2", "a sharper ask");
    }

    @Test
    void anEditWithoutAReasonIsShownNextToTheFieldWithTheWordingKept() throws Exception {
        UUID campaign = open();
        Document editor = page(http.perform(get("/campaigns/" + campaign + "/draft/edit").with(SignedIn.COORDINATOR))
                .andReturn());

        Document refused = page(http.perform(submit(campaign, editor, NEW_ASK, ""))
                .andExpect(status().isBadRequest()).andReturn());

        assertAccessible(refused);
        assertThat(refused.getElementById("reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("reason").attr("aria-describedby")).isEqualTo("reason-problem");
        assertThat(refused.getElementById("reason-problem").text()).startsWith("is required");
        assertThat(refused.getElementById("parts-ask").text()).isEqualTo(NEW_ASK);
        assertThat(refused.select("#error-summary[role=alert] a[href=#reason]")).hasSize(1);
        assertThat(campaigns.find(campaign).orElseThrow().draftVersion()).isEqualTo(1);
    }

    @Test
    void aPublishedLetterCannotBeEditedAndThePageSaysWhy() throws Exception {
        UUID campaign = open();
        await().atMost(WAIT).until(() -> "signing".equals(campaigns.find(campaign).orElseThrow().status()));
        Document editor = page(http.perform(get("/campaigns/" + campaign + "/draft/edit").with(SignedIn.COORDINATOR))
                .andReturn());
        http.perform(post("/campaigns/" + campaign + "/actions").with(SignedIn.COORDINATOR).with(csrf())
                .param("action", "publish-now").param("reason", "the meeting was brought forward"))
                .andExpect(status().is3xxRedirection());

        Document refused = page(http.perform(submit(campaign, editor, NEW_ASK, "too late"))
                .andExpect(status().isConflict()).andReturn());

        assertThat(refused.selectFirst("#error-summary[role=alert]").text()).contains("its letter is final");
        assertThat(refused.select("main form")).as("no editor for a final letter").isEmpty();
    }

    /** The words of each {@code del} or {@code ins}, without the label for screen readers. */
    private static List<String> wordsOf(Element changes, String element) {
        return changes.select(element).stream().map(marked -> {
            Element words = marked.clone();
            words.select(".visually-hidden").remove();
            return words.text();
        }).toList();
    }

    /** The editor's form as a browser would send it, every box as shown except the ask. */
    private static MockHttpServletRequestBuilder submit(UUID campaign, Document editor, String ask, String reason) {
        MockHttpServletRequestBuilder request = post("/campaigns/" + campaign + "/draft").with(SignedIn.COORDINATOR).with(csrf())
                .param("reason", reason);
        for (Element box : editor.select("textarea[name^=parts.]")) {
            request.param(box.attr("name"), box.attr("name").equals("parts.ask") ? ask : box.wholeText());
        }
        return request;
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
