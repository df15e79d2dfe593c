package org.demarche.outreach.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.demarche.outreach.delivery.OptOuts;
import org.demarche.outreach.delivery.OutboundMessages;
import org.demarche.outreach.signon.SignOnGrant;
import org.demarche.outreach.signon.PartnerLinksOpen;
import org.demarche.outreach.signon.SignOnInvitation;
import org.demarche.outreach.signon.SignOnInvitations;
import org.demarche.outreach.signon.SignOnStatus;
import org.demarche.outreach.signon.SignOnTokens;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The opt-out page alone, as a partner's mail client or browser reaches it: no account, no session,
 * no CSRF token (the signed link is the key, {@code PartnerLinksAccess}), in the partner's language
 * whatever the browser says. That an opt-out holds for later campaigns is {@code PartnerMailIT}'s.
 */
@WebMvcTest(OptOutPageController.class)
@Import(PartnerLinksOpen.class)
class OptOutPageTest {

    private static final UUID CAMPAIGN = UUID.fromString("7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    private static final String TOKEN = "signed-token";

    @Autowired
    MockMvc http;

    @MockitoBean
    SignOnTokens tokens;

    @MockitoBean
    SignOnInvitations invitations;

    @MockitoBean
    OptOuts optOuts;

    @MockitoBean
    OutboundMessages messages;

    @BeforeEach
    void aRussianSpeakingPartnersLink() {
        given(tokens.verifyOptOut(TOKEN)).willReturn(new SignOnGrant(CAMPAIGN, "memorial", Instant.parse("2018-08-01T00:00:00Z")));
        given(tokens.verifyOptOut("forged")).willThrow(new UnknownLinkException("bad signature"));
        given(invitations.find(CAMPAIGN, "memorial")).willReturn(Optional.of(new SignOnInvitation(CAMPAIGN, "memorial",
                "Memorial", "Oleg", "memorial@example.org", "ru", "Europe/Moscow", "Macron – Aliyev, Paris", 1, "…",
                Instant.parse("2018-07-18T09:00:00Z"), Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris",
                SignOnStatus.PENDING, null, null, null, null, "AZ", null, null, false, 0, null, null)));
    }

    @Test
    void showsOneButtonInThePartnersLanguageAndChangesNothing() throws Exception {
        ResultActions shown = http.perform(get("/opt-out/" + TOKEN).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .cookie(new Cookie(PageLanguages.COOKIE, "en")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
        Document page = Jsoup.parse(shown.andReturn().getResponse().getContentAsString());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(page.selectFirst("form button").text()).isEqualTo("Больше не присылать эти письма");
        assertThat(page.selectFirst("main p").text()).contains("memorial@example.org", "Азербайджан");
        assertThat(page.select("header nav.areas")).as("no staff navigation on a partner's page").isEmpty();
        verify(optOuts, never()).record(anyString(), anyString(), any(), anyString(), any());
    }

    @Test
    void aMailClientsOneClickRequestOptsOutWithoutATokenOrASession() throws Exception {
        given(optOuts.record(eq("memorial@example.org"), eq("AZ"), eq(CAMPAIGN), eq("memorial"), any())).willReturn(true);
        given(invitations.campaignsAbout("AZ", "memorial@example.org")).willReturn(List.of());

        http.perform(post("/opt-out/" + TOKEN).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        verify(messages).cancelPendingTo("memorial@example.org", List.of(CAMPAIGN));
    }

    @Test
    void aForgedLinkIsAPageSayingSo() throws Exception {
        http.perform(get("/opt-out/forged")).andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", "no-store"));
    }
}
