package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.demarche.campaigns.draft.DraftVersion;
import org.demarche.campaigns.draft.DraftVersions;
import org.demarche.campaigns.letter.BodyParagraph;
import org.demarche.campaigns.letter.EditablePart;
import org.demarche.campaigns.letter.Letter;
import org.demarche.campaigns.letter.PartEdits;
import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The draft pages alone, over stand-in versions and revisions: the editor's refusals next to their
 * fields (the API's own request check), a final letter's refusal, the words changed between two
 * versions, the language, who may edit, and unknown campaigns and versions. What an edit stores and
 * publishes is {@code DraftRevisionIT}'s.
 */
@WebMvcTest(DraftPageController.class)
class DraftPageTest {

    private static final UUID CAMPAIGN = UUID.fromString("0e4f2b6a-8c1d-4a7e-b5f3-9d2c1b0a8e7f");
    private static final String ASK = "We urge you to call on President Ilham Aliyev to release Ilgar Mammadov immediately.";
    private static final String NEW_ASK = "We urge you to ask President Aliyev to release Ilgar Mammadov at once.";

    @Autowired
    MockMvc http;

    @MockitoBean
    Campaigns campaigns;

    @MockitoBean
    DraftVersions versions;

    @MockitoBean
    DraftRevisions revisions;

    @MockitoBean
    CampaignLetters letters;

    @BeforeEach
    void aCampaignWithTwoVersions() {
        campaign("signing", 2);
        given(versions.find(CAMPAIGN, 1)).willReturn(Optional.of(version(1, ASK, null)));
        given(versions.find(CAMPAIGN, 2)).willReturn(Optional.of(version(2, NEW_ASK, "a sharper ask")));
        given(versions.all(CAMPAIGN)).willReturn(List.of(version(1, ASK, null), version(2, NEW_ASK, "a sharper ask")));
    }

    @Test
    void theEditorOffersEveryPartWithItsCurrentWordingAndALabel() throws Exception {
        Document editor = page(http.perform(get("/campaigns/" + CAMPAIGN + "/draft/edit").with(SignedIn.COORDINATOR))
                .andExpect(status().isOk()).andReturn());

        assertAccessible(editor);
        assertThat(editor.select("textarea[name^=parts.]")).hasSize(EditablePart.values().length);
        assertThat(editor.getElementById("parts-ask").text()).isEqualTo(NEW_ASK);
        assertThat(editor.getElementById("parts-title").text()).isEqualTo("Open letter");
        assertThat(editor.selectFirst("main form").attr("action")).isEqualTo("/campaigns/" + CAMPAIGN + "/draft");
    }

    @Test
    void aMadeVersionLeadsToItsPageSayingSo() throws Exception {
        given(revisions.edit(eq(CAMPAIGN), any(PartEdits.class), eq("a sharper ask")))
                .willReturn(new DraftRevisions.Revision(version(3, NEW_ASK + " Now.", "a sharper ask"), true));

        http.perform(submit(NEW_ASK + " Now.", "a sharper ask").with(SignedIn.COORDINATOR))
                .andExpect(redirectedUrl("/campaigns/" + CAMPAIGN + "/drafts/3"))
                .andExpect(flash().attribute("flash", "Version 3 made."));
    }

    @Test
    void anEditWithoutAReasonIsShownNextToTheFieldWithTheWordingKept() throws Exception {
        Document refused = page(http.perform(submit("We urge you to act.", "").with(SignedIn.COORDINATOR))
                .andExpect(status().isBadRequest()).andReturn());

        assertAccessible(refused);
        assertThat(refused.getElementById("reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("reason").attr("aria-describedby")).isEqualTo("reason-problem");
        assertThat(refused.getElementById("reason-problem").text()).startsWith("is required");
        assertThat(refused.getElementById("parts-ask").text()).isEqualTo("We urge you to act.");
        assertThat(refused.select("#error-summary[role=alert] a[href=#reason]")).hasSize(1);
        assertThat(refused.getElementById("parts-ask").hasAttr("aria-invalid")).isFalse();
        verify(revisions, never()).edit(any(), any(), anyString());
    }

    @Test
    void aFinalLetterIsNotOfferedForEditingAndAnEditSentAnywayIs409WithWhy() throws Exception {
        Campaign published = campaign("published", 2);
        given(revisions.edit(eq(CAMPAIGN), any(PartEdits.class), anyString()))
                .willThrow(new DraftFrozenException(published));

        Document editor = page(http.perform(get("/campaigns/" + CAMPAIGN + "/draft/edit").with(SignedIn.COORDINATOR))
                .andExpect(status().isOk()).andReturn());
        assertThat(editor.select("main form")).as("no editor for a final letter").isEmpty();
        assertThat(editor.selectFirst("main").text()).contains("The letter is final");

        Document refused = page(http.perform(submit(NEW_ASK + " Now.", "too late").with(SignedIn.COORDINATOR))
                .andExpect(status().isConflict()).andReturn());
        assertThat(refused.selectFirst("#error-summary[role=alert]").text()).contains("its letter is final");
        assertThat(refused.select("main form")).isEmpty();
    }

    @Test
    void aVersionsPageMarksTheWordsChangedForEyesAndScreenReaders() throws Exception {
        Document version = page(http.perform(get("/campaigns/" + CAMPAIGN + "/drafts/2").with(SignedIn.LEAD))
                .andExpect(status().isOk()).andReturn());

        assertAccessible(version);
        Element changes = version.selectFirst(".changes");
        assertThat(changes.attr("aria-describedby")).isEqualTo("changes-legend");
        assertThat(changes.select("del > span.visually-hidden:first-child").eachText())
                .hasSameSizeAs(changes.select("del")).isNotEmpty().containsOnly("deleted:");
        assertThat(changes.select("ins > span.visually-hidden:first-child").eachText())
                .hasSameSizeAs(changes.select("ins")).isNotEmpty().containsOnly("inserted:");
        assertThat(wordsOf(changes, "del")).contains("call on", "Ilham", "immediately");
        assertThat(wordsOf(changes, "ins")).contains("ask", "at once");
        Element unchanged = changes.clone();
        unchanged.select("del, ins").remove();
        assertThat(unchanged.text()).as("what stayed is plain text, not removed and added again")
                .contains("We urge you to", "President", "Aliyev to release Ilgar Mammadov");
        assertThat(version.selectFirst(".letter-text").text()).contains("release Ilgar Mammadov at once");

        Document first = page(http.perform(get("/campaigns/" + CAMPAIGN + "/drafts/1").with(SignedIn.LEAD))
                .andExpect(status().isOk()).andReturn());
        assertThat(first.select(".changes")).as("nothing to compare the first version with").isEmpty();
    }

    @Test
    void theListOfVersionsSpeaksTheLanguageTheCookieKeeps() throws Exception {
        Document list = page(http.perform(get("/campaigns/" + CAMPAIGN + "/drafts").with(SignedIn.LEAD)
                .cookie(new Cookie(PageLanguages.COOKIE, "fr")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn());

        assertAccessible(list);
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(list.selectFirst("h1").text()).isEqualTo("Versions du projet");
        assertThat(list.select("tbody tr")).hasSize(2);
        assertThat(list.select("tbody tr").last().text()).contains("a sharper ask");

        Document editor = page(http.perform(get("/campaigns/" + CAMPAIGN + "/draft/edit").param("lang", "fr")
                .with(SignedIn.COORDINATOR)).andExpect(status().isOk()).andReturn());
        assertThat(editor.selectFirst("h1").text()).isEqualTo("Modifier le projet");
    }

    @Test
    void aLeadReadsButIsRefusedAnEditAndNobodySignedInIsSentToSignIn() throws Exception {
        Document editor = page(http.perform(get("/campaigns/" + CAMPAIGN + "/draft/edit").with(SignedIn.LEAD))
                .andExpect(status().isOk()).andReturn());
        assertThat(editor.select("main form")).isEmpty();

        Document refused = page(http.perform(submit(NEW_ASK, "a lead may only read").with(SignedIn.LEAD))
                .andExpect(status().isForbidden()).andReturn());
        assertThat(refused.selectFirst("#forbidden h1").text()).isEqualTo("Not allowed");

        http.perform(get("/campaigns/" + CAMPAIGN + "/drafts")).andExpect(redirectedUrl("/login"));
        http.perform(submit(NEW_ASK, "anonymous")).andExpect(redirectedUrl("/login"));
        verify(revisions, never()).edit(any(), any(), anyString());
    }

    @Test
    void anUnknownCampaignOrVersionIsNotFound() throws Exception {
        UUID unknown = UUID.randomUUID();
        given(campaigns.find(unknown)).willReturn(Optional.empty());

        for (String path : List.of("/drafts", "/drafts/1", "/draft/edit")) {
            http.perform(get("/campaigns/" + unknown + path).with(SignedIn.COORDINATOR)).andExpect(status().isNotFound());
        }
        http.perform(post("/campaigns/" + unknown + "/draft").with(SignedIn.COORDINATOR).with(csrf())
                .param("parts.ask", NEW_ASK).param("reason", "forged")).andExpect(status().isNotFound());
        http.perform(get("/campaigns/" + CAMPAIGN + "/drafts/9").with(SignedIn.COORDINATOR)).andExpect(status().isNotFound());
        verify(revisions, never()).edit(any(), any(), anyString());
    }

    private Campaign campaign(String status, int draftVersion) {
        Campaign campaign = new Campaign(CAMPAIGN, UUID.randomUUID(), "macron", "AZ", "Macron – Aliyev, Paris", status,
                "Macron – Aliyev meeting", Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", "Paris", "Ilham Aliyev",
                "President of the Republic of Azerbaijan", draftVersion, Instant.parse("2018-07-06T09:00:00Z"), "en");
        given(campaigns.find(CAMPAIGN)).willReturn(Optional.of(campaign));
        return campaign;
    }

    private static DraftVersion version(int number, String ask, String reason) {
        Letter letter = new Letter("Open letter", List.of("Palais de l’Élysée"), "Paris, 18 July 2018",
                "Dear President,", List.of(new BodyParagraph(EditablePart.ASK, ask)), "Yours sincerely,", List.of(),
                true, "en", null);
        return new DraftVersion(CAMPAIGN, number, Instant.parse("2018-07-06T09:00:00Z").plusSeconds(3600L * number),
                reason, "en", letter, "Dear President,\n\n" + ask + "\n\nYours sincerely,", null, ask, null, false);
    }

    /** The words of each {@code del} or {@code ins}, without the label for screen readers. */
    private static List<String> wordsOf(Element changes, String element) {
        return changes.select(element).stream().map(marked -> {
            Element words = marked.clone();
            words.select(".visually-hidden").remove();
            return words.text();
        }).toList();
    }

    /** The editor's form as a browser sends it: the reference wording, with {@code ask} typed in its box. */
    private static MockHttpServletRequestBuilder submit(String ask, String reason) {
        return post("/campaigns/" + CAMPAIGN + "/draft").with(csrf()).param("reason", reason)
                .param("parts.title", "Open letter").param("parts.ask", ask).param("parts.closing", "Yours sincerely,");
    }
}
