package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.demarche.dashboard.ReferenceClock;
import org.demarche.dashboard.audit.AuditLog;
import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The leads' campaign table alone, three days before the reference meeting, over a stand-in read
 * model: the header and landmarks, the language (Accept-Language, {@code ?lang=}, the cookie) and who
 * may read it. What the projection puts in it is {@code LeadsPagesIT}'s.
 */
@WebMvcTest(DashboardPageController.class)
@Import(ReferenceClock.class)
class DashboardPagesTest {

    private static final UUID SIGNING = UUID.fromString("5d7a0c34-2c8e-4b59-a3f4-0f1e2d3c4b5a");

    @Autowired
    MockMvc http;

    @MockitoBean
    Campaigns campaigns;

    @MockitoBean
    AuditLog audit;

    @BeforeEach
    void oneSigningCampaign() {
        var signing = new CampaignOverview(SIGNING, "Macron – Aliyev, Paris", "AZ", "Ilham Aliyev",
                Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", "signing",
                new CampaignOverview.NextDeadline("publication", Instant.parse("2018-07-18T09:00:00Z")),
                new CampaignOverview.SignOn(3, 1, 1, 1), new CampaignOverview.Emails(3, 1, 0));
        given(campaigns.overviews()).willReturn(List.of(signing));
        given(campaigns.overview(SIGNING)).willReturn(Optional.of(signing));
    }

    @Test
    void offersLandmarksLabelsTheHeaderAndASignOutForm() throws Exception {
        Document page = page(get("/").with(SignedIn.as("brigitte", "LEAD")));

        assertThat(page.select("header.site")).hasSize(1);
        assertThat(page.select("nav[aria-label]")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("footer.site")).hasSize(1);
        assertThat(page.select("main h1")).hasSize(1);
        assertThat(page.selectFirst("a.skip").attr("href")).isEqualTo("#main");
        assertThat(page.select("section[aria-labelledby]")).allSatisfy(section ->
                assertThat(page.getElementById(section.attr("aria-labelledby"))).isNotNull());
        assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("caption")).isNotEmpty());
        assertThat(page.select("select, input:not([type=hidden])")).allSatisfy(control ->
                assertThat(page.select("label[for=" + control.id() + "]")).as("label of #" + control.id()).hasSize(1));
        Element signOut = page.selectFirst("header form.sign-out");
        assertThat(signOut.attr("method")).isEqualTo("post");
        assertThat(signOut.attr("action")).isEqualTo("/logout");
        assertThat(signOut.select("input[type=hidden][name=_csrf]").val()).isNotBlank();
        assertThat(signOut.selectFirst("button[type=submit]").text()).isEqualTo("Sign out");
        assertThat(signOut.selectFirst(".user").text()).isEqualTo("brigitte");
        assertThat(page.select(".languages a[hreflang=fr][lang=fr]").text()).isEqualTo("Français");

        assertThat(page.select("header nav.areas a").eachAttr("href")).containsExactly("/",
                "http://localhost:8081/meetings", "http://localhost:8082/campaigns", "http://localhost:8082/registry",
                "/audit");
        assertThat(page.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("dashboard");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).startsWith("/demarche/site.css");
        // what the header's form sends, as a browser does (without Accept: text/html the answer is 204)
        http.perform(post("/logout").with(SignedIn.LEAD).with(csrf()).header("Accept", "text/html"))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void aRowOutsideThePagesFilterIsNoContent() throws Exception {
        http.perform(get("/campaigns/" + SIGNING + "/row").param("status", "open").with(SignedIn.LEAD))
                .andExpect(status().isNoContent());
        String row = http.perform(get("/campaigns/" + SIGNING + "/row").param("status", "signing").param("country", "az")
                        .with(SignedIn.LEAD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).as("the row alone, as the page swaps it in").contains("id=\"campaign-" + SIGNING + "\"")
                .doesNotContain("<header");
    }

    @Test
    void speaksFrenchWhenTheBrowserPrefersItOrTheLeadChoosesIt() throws Exception {
        Document list = page(get("/").with(SignedIn.LEAD).header("Accept-Language", "fr-BE, fr;q=0.9, en;q=0.5"));
        assertThat(list.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(list.select("main h1").text()).isEqualTo("Campagnes");
        assertThat(list.select("label[for=filter-status]").text()).isEqualTo("Statut");
        assertThat(list.select("#campaigns thead th").eachText()).containsExactly("Campagne", "Pays", "Destinataire",
                "Rencontre", "Prochaine échéance", "Signatures", "Courriels", "Statut");
        Element row = list.getElementById("campaign-" + SIGNING);
        assertThat(row.selectFirst(".countdown").text()).isEqualTo("dans 3 jours");
        assertThat(row.selectFirst("td.meeting time").text()).isEqualTo("ven. 20 juil. 2018, 11:00 CEST");
        assertThat(row.selectFirst("td.status").text()).isEqualTo("signatures en cours");
        assertThat(list.selectFirst("form.sign-out button").text()).isEqualTo("Se déconnecter");
        assertThat(list.select(".languages a[aria-current]").text()).isEqualTo("Français");

        var chosen = http.perform(get("/").queryParam("lang", "fr").queryParam("status", "signing").with(SignedIn.LEAD))
                .andExpect(cookie().value(PageLanguages.COOKIE, "fr"))
                .andReturn().getResponse();
        Document french = Jsoup.parse(chosen.getContentAsString());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(french.select(".languages a[hreflang=en]").attr("href")).isEqualTo("/?status=signing&lang=en");
        Document remembered = page(get("/").with(SignedIn.LEAD).header("Accept-Language", "en")
                .cookie(new Cookie(PageLanguages.COOKIE, "fr")));
        assertThat(remembered.select("main h1").text()).isEqualTo("Campagnes");

        Document unsupported = page(get("/").queryParam("lang", "de").header("Accept-Language", "de, en;q=0.5")
                .with(SignedIn.LEAD));
        assertThat(unsupported.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(unsupported.select("main h1").text()).isEqualTo("Campaigns");
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        http.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(http.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
