package org.demarche.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demarche.dashboard.campaign.CampaignEvents.at;
import static org.demarche.dashboard.campaign.CampaignEvents.secondsAfterOpening;
import static org.demarche.dashboard.campaign.CampaignEvents.signOnRequested;
import static org.demarche.dashboard.campaign.CampaignEvents.signed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.demarche.dashboard.campaign.CampaignEvents;
import org.demarche.dashboard.stream.CampaignStream;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The leads' live view, over a real port: the event stream and the page that follows it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@Import(ReferenceClock.class)
class LiveDashboardIT {

    @LocalServerPort
    int port;

    @Autowired
    CampaignStream stream;

    final HttpClient http = HttpClient.newHttpClient();
    final ExecutorService reader = Executors.newSingleThreadExecutor();
    final List<String> streamLines = new CopyOnWriteArrayList<>();
    @Autowired
    KafkaTestClient events;
    Stream<String> openStream;

    @AfterEach
    void disconnect() {
        if (openStream != null) {
            openStream.close();
        }
        reader.shutdownNow();
    }

    @Test
    void aConnectedClientReceivesTheCampaignsNewCountsOnceAnEventIsProjected() throws Exception {
        UUID campaign = UUID.randomUUID();
        events.send(at(0, CampaignEvents.opened(campaign)));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/campaigns/" + campaign).statusCode() == 200);

        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri("/api/stream"))
                .header("Authorization", TestAccounts.adminAuthorization())
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        openStream = response.body();
        reader.execute(this::readStream);
        await().atMost(Duration.ofSeconds(30)).until(() -> streamLines.contains(":connected"));
        assertThat(stream.clientCount()).isEqualTo(1);

        events.send(at(10, signOnRequested(campaign, "hrc-baku", "Human Rights Club")));
        events.send(at(11, signOnRequested(campaign, "iphr", "International Partnership for Human Rights")));
        events.send(at(30, signed(campaign, "hrc-baku", "Human Rights Club", secondsAfterOpening(30))));

        // the requests and the signature come on different topics: either may be projected first
        await().atMost(Duration.ofSeconds(30)).until(() -> campaignEvents().stream().anyMatch(data ->
                campaign.toString().equals(JsonPath.read(data, "$.id"))
                        && (Integer) JsonPath.read(data, "$.signOn.signed") == 1
                        && (Integer) JsonPath.read(data, "$.signOn.invited") == 2));
        String latest = campaignEvents().stream()
                .filter(data -> campaign.toString().equals(JsonPath.read(data, "$.id")))
                .reduce((first, second) -> second).orElseThrow();
        assertThat((Integer) JsonPath.read(latest, "$.signOn.invited")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(latest, "$.signOn.pending")).isEqualTo(1);
        assertThat((String) JsonPath.read(latest, "$.title")).isEqualTo("Macron – Aliyev, Paris");
        assertThat((String) JsonPath.read(latest, "$.meetingStartsAt")).isEqualTo("2018-07-20T09:00:00Z");
        assertThat(streamLines).contains("event:campaign");

        openStream.close();
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            events.send(at(40, new PartnerDeclined(campaign, "iphr-" + UUID.randomUUID(), secondsAfterOpening(40), null)));
            assertThat(stream.clientCount()).as("a client that left is dropped on the next write").isZero();
        });
    }

    @Test
    void theDashboardListsTheCampaignWithItsProgressAndFollowsTheStream() throws Exception {
        UUID campaign = UUID.randomUUID();
        CampaignEvents.signingWithThreePartners(campaign).forEach(events::send);
        // every one of the ten events projected, whichever of its three topics it came on
        await().atMost(Duration.ofSeconds(30)).until(() -> historyLength(campaign) == 10);

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        Document html = Jsoup.parse(page.body(), uri("/").toString());

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("header")).isNotEmpty();
        assertThat(html.select("main h1").text()).isEqualTo("Campaigns");
        assertThat(html.select("meta[name=viewport]")).isNotEmpty();

        Element row = html.getElementById("campaign-" + campaign);
        assertThat(row).as("the campaign's row").isNotNull();
        assertThat(row.selectFirst("th a").text()).isEqualTo("Macron – Aliyev, Paris");
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/campaigns/" + campaign);
        assertThat(row.selectFirst("td.country").text()).isEqualTo("AZ");
        assertThat(row.selectFirst("td.target").text()).isEqualTo("Emmanuel Macron");
        assertThat(row.selectFirst(".countdown").text()).isEqualTo("in 3 days");
        assertThat(row.selectFirst("td.meeting time").attr("datetime")).isEqualTo("2018-07-20T09:00:00Z");
        assertThat(row.selectFirst("td.next-deadline .kind").text()).isEqualTo("publication");
        assertThat(row.selectFirst("td.next-deadline time").attr("datetime")).isEqualTo("2018-07-18T09:00:00Z");
        assertThat(row.selectFirst("td.next-deadline time").text()).isEqualTo("Wed 18 Jul 2018");
        Element progress = row.selectFirst("td.sign-on progress");
        assertThat(progress.attr("value")).isEqualTo("1");
        assertThat(progress.attr("max")).isEqualTo("3");
        assertThat(progress.attr("aria-label")).isEqualTo("Signed: 1 of 3 partners");
        assertThat(row.selectFirst("td.sign-on .counts").text()).isEqualTo("1 of 3 signed · 1 declined · 1 pending");
        assertThat(row.selectFirst("td.emails .problem").text()).contains("1 failed");
        assertThat(row.hasClass("has-problem")).isTrue();

        Element table = html.getElementById("campaigns");
        assertThat(table.attr("data-stream")).isEqualTo("/api/stream");
        assertThat(table.attr("data-row-base")).isEqualTo("/campaigns/");
        String script = html.selectFirst("script[src]").attr("src");
        HttpResponse<String> js = get(script);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.body()).contains("new EventSource", "'campaign'", "data-row-base");

        Document fragment = Jsoup.parseBodyFragment("<table>" + get("/campaigns/" + campaign + "/row").body() + "</table>");
        assertThat(fragment.getElementById("campaign-" + campaign).selectFirst("progress").attr("value")).isEqualTo("1");

        Document campaignPage = Jsoup.parse(get("/campaigns/" + campaign).body());
        assertThat(campaignPage.select("main h1").text()).isEqualTo("Macron – Aliyev, Paris");
        assertThat(campaignPage.select("table.partners tbody tr")).hasSize(3);
        assertThat(campaignPage.select("table.partners tbody tr.has-problem th").text()).isEqualTo("Front Line Defenders");
        assertThat(campaignPage.select("table.deadlines tbody tr")).extracting(Element::text).containsExactly(
                "sign-on-requests Wed 11 Jul 2018, 11:00 CEST past reached",
                "publication Wed 18 Jul 2018, 11:00 CEST to come scheduled");
        assertThat(campaignPage.select("ol.history li")).hasSize(10);
        assertThat(get("/campaigns/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    private void readStream() {
        try {
            openStream.forEach(streamLines::add);
        } catch (java.io.UncheckedIOException closedByTheTest) {
            // the test hung up
        }
    }

    private List<String> campaignEvents() {
        List<String> data = new java.util.ArrayList<>();
        String name = null;
        for (String line : streamLines) {
            if (line.isEmpty()) {
                name = null;
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).strip();
            } else if (line.startsWith("data:") && "campaign".equals(name)) {
                data.add(line.substring("data:".length()).strip());
            }
        }
        return data;
    }

    /** How many events the campaign's history holds; none while the dashboard has not heard of it. */
    private int historyLength(UUID campaign) throws IOException, InterruptedException {
        HttpResponse<String> detail = get("/api/campaigns/" + campaign);
        return detail.statusCode() == 200 ? JsonPath.<List<?>>read(detail.body(), "$.history").size() : 0;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestAccounts.adminAuthorization()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
