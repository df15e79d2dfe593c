package org.demarche.dashboard.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.dashboard.campaign.CampaignEvents.MEETING;
import static org.demarche.dashboard.campaign.CampaignEvents.at;
import static org.demarche.dashboard.campaign.CampaignEvents.secondsAfterOpening;
import static org.demarche.dashboard.campaign.CampaignEvents.signOnRequested;
import static org.demarche.dashboard.campaign.CampaignEvents.signed;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.demarche.dashboard.ReferenceClock;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.response.EmailFailed;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The leads' pages as a lead reads them, three days before the reference meeting, over what the
 * projection made of real events: the filtered list, a campaign's timeline, partners, audit log and
 * chart. The header, the landmarks and labels, the language and who may read which page are the
 * slices' ({@link DashboardPagesTest}, {@code AuditPageTest}, {@code AccountPageTest}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
@Import(ReferenceClock.class)
@WithMockUser(username = "brigitte", roles = "LEAD")
class LeadsPagesIT {

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Test
    void listsEachCampaignWithItsProgressAndKeepsOnlyThoseOfTheChosenStatusAndCountry() throws Exception {
        UUID signing = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        CampaignEvents.signingWithThreePartners(signing).forEach(events::send);
        events.send(at(0, new CampaignOpened(elsewhere, UUID.randomUUID(), "erdogan", "TR", "Macron – Erdoğan, Paris",
                MEETING, "Europe/Paris", "Recep Tayyip Erdoğan")));
        awaitProjected(signing, 10);
        awaitPage("/campaigns/" + elsewhere, "Macron – Erdoğan, Paris");

        Document filtered = page(get("/").param("status", "signing").param("country", "az"));

        Element row = filtered.getElementById("campaign-" + signing);
        assertThat(row).as("the signing campaign in AZ").isNotNull();
        assertThat(row.attr("data-campaign-id")).isEqualTo(signing.toString());
        assertThat(filtered.getElementById("campaign-" + elsewhere)).as("a campaign in TR").isNull();
        assertThat(filtered.select("#campaigns tbody tr[data-campaign-id]"))
                .allSatisfy(r -> assertThat(r.attr("data-status")).isEqualTo("signing"))
                .allSatisfy(r -> assertThat(r.attr("data-country")).isEqualTo("AZ"));
        assertThat(filtered.selectFirst("#filter-status option[selected]").val()).isEqualTo("signing");
        assertThat(filtered.selectFirst("#filter-country option[selected]").val()).isEqualTo("AZ");
        assertThat(filtered.selectFirst("form.filters").attr("method")).isEqualTo("get");
        assertThat(filtered.getElementById("campaigns").attr("data-filter")).isEqualTo("?status=signing&country=AZ");
        assertThat(filtered.selectFirst("#filter-summary").text()).endsWith("campaigns shown");

        Element progress = row.selectFirst("td.sign-on progress");
        assertThat(progress.attr("value")).isEqualTo("1");
        assertThat(progress.attr("max")).isEqualTo("3");
        assertThat(progress.attr("aria-label")).isEqualTo("Signed: 1 of 3 partners");
        assertThat(progress.text()).isEqualTo("33% signed");
        assertThat(row.selectFirst("td.sign-on .counts").text()).isEqualTo("1 of 3 signed · 1 declined · 1 pending");
        assertThat(row.selectFirst(".countdown").text()).isEqualTo("in 3 days");
        assertThat(row.selectFirst(".countdown").attr("data-days")).isEqualTo("3");
        assertThat(row.selectFirst("td.meeting .zone").text()).isEqualTo("Europe/Paris");
        assertThat(row.selectFirst("td.next-deadline .kind").text()).isEqualTo("publication");
        assertThat(row.selectFirst("td.emails .problem").text()).isEqualTo("⚠ 1 failed, 0 bounced");
        assertThat(row.hasClass("has-problem")).isTrue();

        Document turkey = page(get("/").param("country", "TR"));
        assertThat(turkey.getElementById("campaign-" + elsewhere)).isNotNull();
        assertThat(turkey.getElementById("campaign-" + signing)).isNull();

        http.perform(get("/campaigns/" + signing + "/row").param("status", "open"))
                .andExpect(status().isNoContent());
        http.perform(get("/campaigns/" + signing + "/row").param("status", "signing").param("country", "AZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("campaign-" + signing)));
    }

    @Test
    void showsACampaignsTimelinePartnersAuditLogAndChartInTheMeetingsZone() throws Exception {
        UUID campaign = UUID.randomUUID();
        events.send(at(0, CampaignEvents.opened(campaign)));
        events.send(at(1, new DeadlineScheduled(campaign, "sign-on-requests", Instant.parse("2018-07-11T09:00:00Z"))));
        events.send(at(2, new DeadlineScheduled(campaign, "sign-on-closes", Instant.parse("2018-07-17T09:00:00Z"))));
        events.send(at(3, new DeadlineScheduled(campaign, "publication", Instant.parse("2018-07-18T09:00:00Z"))));
        events.send(at(10, signOnRequested(campaign, "hrc-baku", "Human Rights Club")));
        events.send(at(11, signOnRequested(campaign, "fnv", "Freedom Now, \"Voice\" Fund")));
        events.send(at(20, new EmailFailed(campaign, "fnv", "sign-on-request", "550 mailbox unavailable", true,
                secondsAfterOpening(20))));
        events.send(at(30, signed(campaign, "hrc-baku", "Human Rights Club", Instant.parse("2018-07-12T10:00:00Z"))));
        events.send(at(40, new CampaignActionTaken(campaign, "extend-signing", "amina", "partners asked for a day",
                "signing extended to 18 Jul 2018", Instant.parse("2018-07-16T08:00:00Z"))));
        awaitProjected(campaign, 9);

        Document page = page(get("/campaigns/" + campaign));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main h1").text()).isEqualTo("Macron – Aliyev, Paris");
        assertThat(page.selectFirst(".facts .zone").text()).isEqualTo("Europe/Paris");
        assertThat(page.selectFirst(".facts .countdown").text()).isEqualTo("in 3 days");

        assertThat(page.selectFirst("table.deadlines caption").text()).endsWith("times in Europe/Paris");
        assertThat(page.select("table.deadlines tbody tr")).extracting(Element::text).containsExactly(
                "sign-on-requests Wed 11 Jul 2018, 11:00 CEST past scheduled",
                "sign-on-closes Tue 17 Jul 2018, 11:00 CEST past scheduled",
                "publication Wed 18 Jul 2018, 11:00 CEST to come scheduled");
        assertThat(page.select("table.deadlines tbody tr").first().attr("data-at"))
                .isEqualTo(String.valueOf(Instant.parse("2018-07-11T09:00:00Z").getEpochSecond()));

        Element signedPartner = page.selectFirst("table.partners tr[data-partner-id=hrc-baku]");
        assertThat(signedPartner.select("th, td").eachText()).containsExactly(
                "Human Rights Club", "AZ", "signed", "Thu 12 Jul 2018, 12:00 CEST", "queued");
        Element failing = page.selectFirst("table.partners tr[data-partner-id=fnv]");
        assertThat(failing.hasClass("has-problem")).isTrue();
        assertThat(failing.selectFirst("th").text()).isEqualTo("Freedom Now, \"Voice\" Fund");
        assertThat(failing.selectFirst(".answer").text()).isEqualTo("pending");
        assertThat(failing.selectFirst(".delivery .problem").text()).contains("550 mailbox unavailable");

        Element action = page.selectFirst("table.audit tbody tr");
        assertThat(action.attr("data-action")).isEqualTo("extend-signing");
        assertThat(action.selectFirst("time").attr("datetime")).isEqualTo("2018-07-16T08:00:00Z");
        assertThat(action.selectFirst("time").text()).isEqualTo("Mon 16 Jul 2018, 10:00 CEST");
        assertThat(action.selectFirst(".actor").text()).isEqualTo("amina");
        assertThat(action.selectFirst(".what").text()).isEqualTo("extend-signing signing extended to 18 Jul 2018");
        assertThat(action.selectFirst(".why").text()).isEqualTo("partners asked for a day");

        long requests = Instant.parse("2018-07-11T09:00:00Z").getEpochSecond();
        long signature = Instant.parse("2018-07-12T10:00:00Z").getEpochSecond();
        long now = Instant.parse("2018-07-17T10:00:00Z").getEpochSecond();
        Element chart = page.selectFirst("figure.signature-chart .chart");
        assertThat(chart.attr("aria-hidden")).isEqualTo("true");
        assertThat(chart.attr("data-series")).isEqualTo(requests + ":0 " + signature + ":1 " + now + ":1");
        assertThat(page.select("table.signatures tbody tr")).extracting(Element::text).containsExactly(
                "Wed 11 Jul 2018, 11:00 CEST 0", "Thu 12 Jul 2018, 12:00 CEST 1",
                "Tue 17 Jul 2018, 12:00 CEST 1");
        String uplot = page.selectFirst("script[src*=uPlot]").attr("src");
        assertThat(uplot).as("served from its webjar, the version filled in by the locator")
                .startsWith("/webjars/uplot/").endsWith("/dist/uPlot.iife.min.js");
        http.perform(get(uplot)).andExpect(status().isOk());
        assertThat(page.select("script[src]")).extracting(s -> s.attr("src")).contains("/js/campaign.js");
        assertThat(page.select("script:not([src])")).as("no inline script: the CSP forbids them").isEmpty();
        http.perform(get("/js/campaign.js")).andExpect(content().string(containsString("new uPlot(")));

        assertThat(page.selectFirst("a.letter-pdf").attr("href"))
                .isEqualTo("http://localhost:8082/api/campaigns/" + campaign + "/letter?format=pdf");
        assertThat(page.selectFirst("a.partners-csv").attr("href")).isEqualTo("/campaigns/" + campaign + "/partners.csv");
        assertThat(page.selectFirst("a.console-page").attr("href"))
                .as("where coordinators act on it").isEqualTo("http://localhost:8082/campaigns/" + campaign);

        Document live = Jsoup.parseBodyFragment(http.perform(get("/campaigns/" + campaign + "/live"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(live.select("body > div#live")).hasSize(1);
        assertThat(live.select("#live table.audit tbody tr")).hasSize(1);
        assertThat(page.getElementById("main").attr("data-live")).isEqualTo("/campaigns/" + campaign + "/live");
    }

    /**
     * Waits until the campaign's history holds {@code events} events: all of them projected, whichever
     * of their three topics (campaigns, outreach, responses) each came on.
     */
    private void awaitProjected(UUID campaign, int events) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get("/api/campaigns/" + campaign))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(events)));
    }

    private void awaitPage(String path, String text) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text))));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = http.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
