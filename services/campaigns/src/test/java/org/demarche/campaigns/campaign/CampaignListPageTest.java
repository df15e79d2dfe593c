package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.console.ConsolePages.assertAccessible;
import static org.demarche.campaigns.console.ConsolePages.page;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Target;
import org.demarche.platform.page.PageLanguages;
import org.demarche.testsupport.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinators' list of campaigns alone: its rows, its header, its language, and who reaches it. */
@WebMvcTest(CampaignListPageController.class)
class CampaignListPageTest {

    private static final UUID CAMPAIGN = UUID.fromString("3c1d9a2b-7e6f-4a5b-8c9d-0e1f2a3b4c5d");

    @Autowired
    MockMvc http;

    @MockitoBean
    Campaigns campaigns;

    @MockitoBean
    Registry registry;

    @Test
    void listsCampaignsWithStatusCountryTargetAndMeetingUnderTheSharedHeader() throws Exception {
        given(campaigns.all()).willReturn(List.of(new Campaign(CAMPAIGN, UUID.randomUUID(), "macron", "AZ",
                "Macron – Aliyev, Paris", "signing", "Macron – Aliyev meeting", Instant.parse("2018-07-20T09:00:00Z"),
                "Europe/Paris", "Paris", "Ilham Aliyev", "President of the Republic of Azerbaijan", 1,
                Instant.parse("2018-07-06T09:00:00Z"), "en")));
        given(registry.target("macron")).willReturn(Optional.of(new Target("macron", "Emmanuel Macron",
                "President of the French Republic", "FR", "fr", "Monsieur le Président,", List.of("Palais de l’Élysée"),
                "president@example.org", null, null)));

        Document page = page(http.perform(get("/campaigns").with(SignedIn.LEAD)).andExpect(status().isOk()).andReturn());

        assertAccessible(page);
        var row = page.selectFirst("a[href=/campaigns/" + CAMPAIGN + "]").closest("tr");
        assertThat(row.text()).contains("AZ", "Emmanuel Macron", "Macron – Aliyev meeting", "Europe/Paris", "signing");
        assertThat(page.select("header nav.areas a").eachAttr("href")).as("the areas of every service a lead may use")
                .containsExactly("http://localhost:8080/", "http://localhost:8081/meetings", "/campaigns", "/registry",
                        "http://localhost:8080/audit");
        assertThat(page.select("header nav.areas a[aria-current=page]").eachAttr("data-area")).containsExactly("campaigns");
    }

    @Test
    void speaksTheLanguageTheCookieKeeps() throws Exception {
        Document page = page(http.perform(get("/campaigns").with(SignedIn.COORDINATOR)
                .cookie(new Cookie(PageLanguages.COOKIE, "fr"))).andExpect(status().isOk()).andReturn());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("header nav.areas a").eachText()).startsWith("Tableau de bord", "Rencontres", "Imports");
    }

    @Test
    void theServicesAddressOpensTheListAndNobodyUnsignedReachesIt() throws Exception {
        http.perform(get("/").with(SignedIn.LEAD)).andExpect(redirectedUrl("/campaigns"));
        http.perform(get("/campaigns")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
