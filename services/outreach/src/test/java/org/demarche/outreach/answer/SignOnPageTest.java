package org.demarche.outreach.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.demarche.outreach.signon.PartnerLinksOpen;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnStatus;
import org.demarche.outreach.signon.UnknownLinkException;
import org.demarche.platform.page.PageLanguages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The partner's sign-on page alone, over stand-in invitations: in the partner's language whatever
 * the browser asks, open without a session or a CSRF token, refusals next to their fields (the
 * API's own {@link AnswerInput} checks). What an answer records and announces is {@code SignOnAnswerIT}'s.
 */
@WebMvcTest(SignOnPageController.class)
@Import(PartnerLinksOpen.class)
class SignOnPageTest {

    private static final UUID CAMPAIGN = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final String TOKEN = "signed-token";
    private static final String BAKU = "another-signed-token";

    @Autowired
    MockMvc http;

    @MockitoBean
    SignOnAccess access;

    @MockitoBean
    SignOnAnswers answers;

    @MockitoBean
    SignOnInvitations invitations;

    @BeforeEach
    void partnersLinks() {
        given(access.open(TOKEN)).willReturn(invitation("iphr-brussels", "International Partnership for Human Rights",
                "Brigitte Dufour", "fr", "Europe/Brussels"));
        given(access.open(BAKU)).willReturn(invitation("hrc-baku", "Human Rights Club", "Leyla", "az", "Asia/Baku"));
        given(access.open("forged")).willThrow(new UnknownLinkException("bad signature"));
    }

    @Test
    void showsAFrenchSpeakingPartnerThePageInFrenchWithTheDeadlineInBrussels() throws Exception {
        MockHttpServletResponse response = http.perform(get("/sign/" + TOKEN).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse();
        Document html = Jsoup.parse(response.getContentAsString());

        assertThat(response.getCookie(PageLanguages.COOKIE)).as("the partner's language is kept nowhere").isNull();
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(html.selectFirst("#sign-heading").text()).isEqualTo("Signer la lettre");
        assertThat(html.select("link[rel=stylesheet]").eachAttr("href")).as("the product's stylesheet, then the page's own")
                .containsExactly("/demarche/site.css", "/sign-on/sign-on.css");
        assertThat(html.select("header.site nav")).as("no staff navigation on a partner's page").isEmpty();
        assertThat(html.select("header.site .brand").text()).isEqualTo("Démarche");
        // 09:00 UTC is 11:00 in Brussels (UTC+2 in July)
        assertThat(html.selectFirst(".deadline").text()).contains("17 juillet 2018").contains("11:00")
                .contains("(Europe/Brussels)");
    }

    @Test
    void speaksAzerbaijaniToAPartnerWhoseInvitationIsInIt() throws Exception {
        Document html = Jsoup.parse(http.perform(get("/sign/" + BAKU).header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("az");
        assertThat(html.getElementById("sign-heading").text()).isEqualTo("Məktubu imzalayın");
        assertThat(html.getElementById("name").val()).isEqualTo("Leyla");
    }

    @Test
    void showsTheFormAgainWithTheProblemNextToTheFieldInThePartnersLanguage() throws Exception {
        Document html = Jsoup.parse(http.perform(multipart("/sign/" + TOKEN)
                        .param("decision", "sign").param("name", "").param("organisation", "IPHR").param("country", "XX"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString());

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(html.selectFirst("#name-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(html.select(".errors li").eachText()).first().isEqualTo("Votre nom : Ce champ est obligatoire.");
        assertThat(html.selectFirst("#country-error").text()).contains("XX");
        assertThat(html.selectFirst("input[name=organisation]").val()).isEqualTo("IPHR");
        assertThat(html.selectFirst("input[name=name]").attr("aria-invalid")).isEqualTo("true");
        verify(answers, never()).record(anyString(), any());
    }

    @Test
    void aForgedLinkIsAPageSayingSo() throws Exception {
        http.perform(get("/sign/forged")).andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", "no-store"));
    }

    /** A pending invitation of the reference campaign, its deadline 17 July 2018, 09:00 UTC. */
    private static SignOnInvitation invitation(String partnerId, String organisation, String contact, String language,
                                               String zone) {
        return new SignOnInvitation(CAMPAIGN, partnerId, organisation, contact, partnerId + "@example.org", language,
                zone, "Macron – Aliyev, Paris", 1, "Dear President, …", Instant.parse("2018-07-17T09:00:00Z"),
                Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", SignOnStatus.PENDING, null, null, null, null,
                "AZ", null, null, false, 0, null, null);
    }
}
