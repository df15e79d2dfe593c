package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.demarche.campaigns.deadline.DeadlineHandler;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Signatory;
import org.demarche.events.Topics;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.response.PartnerSigned;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The published letter's public page on the real database: before publication neither the page
 * nor its picture exists, and the Word export is the draft; after it, anyone gets the page with
 * the tags that preview a shared link, the signing organisations (the one that signed without being
 * named counted, never named) and a PNG of the first page; a letter in Russian has its page in
 * Russian, whatever the reader's browser asks for. The page and the picture are kept under
 * {@code target/letter-artifacts/} for a human to look at. The deadlines are a month away: the test
 * runs each step itself, as its Quartz job would when due.
 */
@SpringBootTest(properties = {"demarche.demo.enabled=true", "demarche.campaigns.public-base-url=https://letters.example.org"})
@AutoConfigureMockMvc
@RealInfrastructure
class OpenLetterPageIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path ARTIFACTS = Path.of("target", "letter-artifacts");

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Autowired
    DeadlineHandler steps;

    @Autowired
    Invitations invitations;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void existsOnlyOncePublishedAndPreviewsWithTheLettersTitleAndFirstPage() throws Exception {
        UUID campaign = open();
        steps.deadlineReached(campaign, DeadlineKind.SIGN_ON_REQUESTS);
        events.send(envelope(new PartnerSigned(campaign, "human-rights-club",
                new Signatory("Rasul Jafarov", "Director", "Human Rights Club", "AZ"), 1, clock.instant(),
                Base64.getEncoder().encodeToString(signature()))));
        events.send(envelope(new PartnerSigned(campaign, "iphr",
                new Signatory("Brigitte Dufour", "Director", "International Partnership for Human Rights", "BE"), 1,
                clock.instant(), null, true)));
        await().atMost(WAIT).until(() -> invitations.signers(campaign).size() == 2);

        http.perform(get("/letters/" + campaign).with(anonymous())).andExpect(status().isNotFound());
        http.perform(get("/letters/" + campaign + ".png").with(anonymous())).andExpect(status().isNotFound());
        byte[] draft = http.perform(get("/api/campaigns/" + campaign + "/letter").param("format", "docx")
                        .with(user("lead").roles("LEAD")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(CampaignController.WORD))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"letter-" + campaign + ".docx\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(paragraphs(draft)).startsWith("DRAFT").contains("Rasul Jafarov");

        steps.deadlineReached(campaign, DeadlineKind.SIGN_ON_CLOSES);
        steps.deadlineReached(campaign, DeadlineKind.PUBLICATION);

        String address = "https://letters.example.org/letters/" + campaign;
        String html = http.perform(get("/letters/" + campaign).with(anonymous()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(ARTIFACTS);
        Files.writeString(ARTIFACTS.resolve("open-letter-page.html"), html);
        Document page = Jsoup.parse(html);
        String title = page.selectFirst("h1").text();
        assertThat(title).contains("President Emmanuel Macron", "political prisoners");
        assertThat(page.selectFirst("html").attr("lang")).as("the letter's language, not the reader's").isEqualTo("en");
        assertThat(meta(page, "og:title")).isEqualTo(title);
        assertThat(meta(page, "og:description")).contains("Ilgar Mammadov");
        assertThat(meta(page, "og:url")).isEqualTo(address);
        assertThat(meta(page, "og:image")).isEqualTo(address + ".png");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("630");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(address + ".png");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(address);
        assertThat(page.select("link[rel=stylesheet][media=print]")).hasSize(1);
        assertThat(page.select("a[href=" + address + ".pdf]")).hasSize(1);
        assertThat(page.selectFirst(".signatories").text()).contains("Human Rights Club (Azerbaijan)", "Rasul Jafarov")
                .contains("Organisations that signed without being named, for their safety: 1");
        assertThat(page.selectFirst(".signed-by").text()).isEqualTo("Signed by 2 organisations");
        assertThat(page.text()).contains("Dear President Macron,")
                .doesNotContain("Brigitte Dufour").doesNotContain("International Partnership for Human Rights")
                .doesNotContain("DRAFT");

        byte[] png = http.perform(get("/letters/" + campaign + ".png").with(anonymous()))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        Files.write(ARTIFACTS.resolve("open-letter-first-page.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(inkShare(image)).as("the share of the picture that is text").isBetween(0.01, 0.5);

        byte[] published = http.perform(get("/api/campaigns/" + campaign + "/letter").param("format", "docx")
                        .with(user("lead").roles("LEAD")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(paragraphs(published)).doesNotContain("DRAFT").contains("Rasul Jafarov")
                .noneMatch(p -> p.contains("Brigitte Dufour"));
    }

    @Test
    void aLetterPublishedBeforePagesWereKeptGetsItsPageWordAndPictureOnFirstRequest() throws Exception {
        UUID campaign = published();
        jdbc.sql("UPDATE published_letter SET docx = NULL, first_page_png = NULL, page = NULL WHERE campaign_id = :id")
                .param("id", campaign).update();

        String html = http.perform(get("/letters/" + campaign).with(anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(meta(Jsoup.parse(html), "og:title")).contains("President Emmanuel Macron");
        assertThat(jdbc.sql("SELECT count(*) FROM published_letter WHERE campaign_id = :id AND docx IS NOT NULL"
                        + " AND first_page_png IS NOT NULL AND page IS NOT NULL")
                .param("id", campaign).query(Integer.class).single()).as("kept from then on").isEqualTo(1);
    }

    @Test
    void aLetterInRussianHasItsPageInRussianWhateverTheReadersBrowserSpeaks() throws Exception {
        UUID campaign = published();
        // no letter template is written in Russian yet: the kept page says the letter is (as a Russian one would)
        PublicLetter english = PublicLetter.fromJson(jdbc.sql("SELECT page FROM published_letter WHERE campaign_id = :id")
                .param("id", campaign).query(String.class).single());
        PublicLetter russian = new PublicLetter(english.title(), "ru", english.publishedAt(), english.addressLines(),
                english.placeAndDate(), english.salutation(), english.paragraphs(), english.closing(),
                List.of(new PublicLetter.Signer("Расул Джафаров", "Председатель", "Клуб прав человека")), 4,
                null, english.description());
        jdbc.sql("UPDATE published_letter SET page = :page WHERE campaign_id = :id")
                .param("page", russian.json()).param("id", campaign).update();

        Document page = Jsoup.parse(http.perform(get("/letters/" + campaign).with(anonymous())
                        .header("Accept-Language", "fr-FR,fr;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(page.selectFirst(".signed-by").text()).isEqualTo("Подписали 5 организаций");
        assertThat(page.selectFirst("#signatories-heading").text()).isEqualTo("Подписавшие");
        assertThat(page.selectFirst("a.skip").text()).isEqualTo("Перейти к письму");
        assertThat(page.selectFirst(".downloads").text()).isEqualTo("Письмо в PDF Простым текстом");
        assertThat(meta(page, "og:image:alt")).startsWith("Первая страница открытого письма: ");
        assertThat(page.selectFirst("footer.site").text()).startsWith("Открытое письмо");
    }

    @Test
    void aCampaignThatIsNotPublishedHasNoPageNorPicture() throws Exception {
        UUID campaign = open();

        http.perform(get("/letters/" + campaign).with(anonymous())).andExpect(status().isNotFound());
        http.perform(get("/letters/" + UUID.randomUUID()).with(anonymous())).andExpect(status().isNotFound());
        http.perform(get("/letters/" + campaign + ".png").with(anonymous())).andExpect(status().isNotFound());
    }

    private UUID open() {
        UUID meeting = UUID.randomUUID();
        events.send(envelope(new MeetingScheduled(meeting, "Macron – Aliyev meeting",
                clock.instant().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS), "Europe/Paris", "Paris",
                MeetingChangesIT.MACRON_ALIYEV)));
        return events.awaitEvent(Topics.CAMPAIGNS, CampaignOpened.class, c -> c.meetingId().equals(meeting), WAIT)
                .payload().campaignId();
    }

    /** A campaign whose letter is published, every step run at once. */
    private UUID published() {
        UUID campaign = open();
        for (DeadlineKind step : List.of(DeadlineKind.SIGN_ON_REQUESTS, DeadlineKind.SIGN_ON_CLOSES,
                DeadlineKind.PUBLICATION)) {
            steps.deadlineReached(campaign, step);
        }
        return campaign;
    }

    private static String meta(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private static List<String> paragraphs(byte[] docx) throws Exception {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    /** The share of pixels that are ink rather than paper: a blank or a black picture is neither 1 % nor half. */
    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    private static byte[] signature() throws Exception {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1a, 0x3c, 0xa0));
        g.setStroke(new BasicStroke(4));
        g.drawLine(10, 60, 90, 15);
        g.drawLine(90, 15, 150, 65);
        g.drawLine(150, 65, 230, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private EventEnvelope<DemarcheEvent> envelope(DemarcheEvent event) {
        return EventEnvelope.of(event, "/demarche/test", clock.instant(), null);
    }
}
