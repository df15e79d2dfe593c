package org.demarche.outreach.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.demarche.events.CloudEventHeaders;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Signatory;
import org.demarche.events.Topics;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;
import org.demarche.outreach.MutableClock;
import org.demarche.outreach.ReceivedMail;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.signon.SignOnSamples;
import org.demarche.outreach.signon.SignOnTokens;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SmtpSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * From the email to the answer: the partner follows the link in the sign-on email, reads the
 * draft, signs with a signature image, changes their mind, and the responses topic hears each; a
 * partner asked again after the draft changed reads which words changed.
 */
@SpringBootTest(properties = "demarche.outreach.dispatch-interval=100ms")
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
@RealInfrastructure
@Import(TestClockConfiguration.class)
class SignOnAnswerIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SIGN = """
            {"decision": "sign", "signatory": {"name": "Rasul Jafarov", "organisation": "Human Rights Club"}}""";
    private static final String DRAFT_1 = "Dear President Macron,\n\n"
            + "We urge you to call on President Aliyev to free Ilgar Mammadov.\n\nYours sincerely,";
    private static final String DRAFT_2 = "Dear President Macron,\n\n"
            + "We urge you to call on President Aliyev to release Ilgar Mammadov at once.\n\nYours sincerely,";
    /** As campaigns sends it: a unified diff, a paragraph to a line. */
    private static final String DIFF_1_TO_2 = "--- version 1\n+++ version 2\n@@ -1,5 +1,5 @@\n Dear President Macron,\n \n"
            + "-We urge you to call on President Aliyev to free Ilgar Mammadov.\n"
            + "+We urge you to call on President Aliyev to release Ilgar Mammadov at once.\n \n Yours sincerely,\n";

    @Autowired
    SmtpSink smtp;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignOnTokens tokens;

    @Autowired
    KafkaTestClient events;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void connect() {
        smtp.reset();
    }

    @AfterEach
    void disconnect() {
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void partnerFollowsTheEmailLinkSignsWithAnImageThenDeclines() throws Exception {
        UUID campaignId = UUID.randomUUID();
        SignOnRequested request = SignOnSamples.humanRightsClub(campaignId);
        String token = invite(request).signOnToken();

        String page = mvc.perform(get("/sign/{token}", token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(page);
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.selectFirst("h1").text()).isEqualTo(request.campaignTitle());
        assertThat(html.selectFirst(".draft").wholeText()).isEqualTo(request.draftText());
        assertThat(html.selectFirst(".deadline").text()).contains("July 17, 2018").contains("1:00").contains("(Asia/Baku)");
        assertThat(html.selectFirst("input[name=name]").val()).isEqualTo("Rasul Jafarov");
        assertThat(html.selectFirst("input[name=organisation]").val()).isEqualTo("Human Rights Club");
        assertThat(html.select("label[for=name], label[for=organisation], label[for=country], label[for=signatureImage]"))
                .hasSize(4);

        byte[] png = Images.signaturePng();
        String confirmation = mvc.perform(multipart("/sign/{token}", token)
                        .file(new MockMultipartFile("signatureImage", "signature.png", "image/png", png))
                        .param("decision", "sign")
                        .param("name", "Rasul Jafarov")
                        .param("title", "Chair")
                        .param("organisation", "Human Rights Club")
                        .param("country", "AZ"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(confirmation).selectFirst(".confirmation").text()).contains("Rasul Jafarov");

        PartnerSigned signed = events.awaitEvent(Topics.RESPONSES, PartnerSigned.class,
                e -> e.campaignId().equals(campaignId), WAIT).payload();
        assertThat(signed.partnerId()).isEqualTo("hrc-baku");
        assertThat(signed.signatory()).isEqualTo(new Signatory("Rasul Jafarov", "Chair", "Human Rights Club", "AZ"));
        assertThat(signed.draftVersion()).isEqualTo(1);
        assertThat(signed.signedAt()).isEqualTo(TestClockConfiguration.START);
        assertThat(Base64.getDecoder().decode(signed.signatureImage())).isEqualTo(png);

        mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"decline\", \"reason\": \"Our board has not approved it\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("declined"));

        PartnerDeclined declined = events.awaitEvent(Topics.RESPONSES, PartnerDeclined.class,
                e -> e.campaignId().equals(campaignId), WAIT).payload();
        assertThat(declined.partnerId()).isEqualTo("hrc-baku");
        assertThat(declined.reason()).isEqualTo("Our board has not approved it");
        mvc.perform(get("/api/sign-on/{token}", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaignTitle").value(request.campaignTitle()))
                .andExpect(jsonPath("$.draftText").value(request.draftText()))
                .andExpect(jsonPath("$.deadline").value("2018-07-17T09:00:00Z"))
                .andExpect(jsonPath("$.status").value("declined"));
    }

    @Test
    void aSignatoryAskedAgainReadsWhichWordsChangedInTheEmailAndOnThePage() throws Exception {
        UUID campaignId = UUID.randomUUID();
        ReceivedMail first = invite(SignOnSamples.humanRightsClub(campaignId, 1, DRAFT_1, null));
        assertThat(first.text()).doesNotContain("What changed");
        mvc.perform(post("/api/sign-on/{token}", first.signOnToken()).contentType(MediaType.APPLICATION_JSON).content(SIGN))
                .andExpect(status().isOk());

        ReceivedMail again = invite(SignOnSamples.humanRightsClub(campaignId, 2, DRAFT_2, DIFF_1_TO_2),
                first.header("Message-ID"));

        assertThat(again.text().replace("\r\n", "\n")).contains("""
                ----- What changed since the version you last saw -----
                Words deleted are shown between [- and -], words added between {+ and +}; “…” stands for unchanged text left out.

                …

                We urge you to call on President Aliyev to [-free-]{+release+} Ilgar Mammadov {+at once+}.

                …

                ----- Draft -----
                """).doesNotContain("@@").doesNotContain("\n-We urge");
        Document mail = Jsoup.parse(again.html());
        assertThat(mail.select("del").eachText()).containsExactly("deleted: free");
        assertThat(mail.select("ins").eachText()).containsExactly("inserted: release", "inserted: at once");

        Document page = Jsoup.parse(mvc.perform(get("/sign/{token}", again.signOnToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#changes-heading").text()).isEqualTo("What changed since the version you last saw");
        Element changes = page.selectFirst(".changes");
        assertThat(changes.attr("aria-describedby")).isEqualTo("changes-legend");
        assertThat(changes.select("del").eachText()).containsExactly("deleted: free");
        assertThat(changes.select("ins").eachText()).containsExactly("inserted: release", "inserted: at once");
        assertThat(changes.select("del > .visually-hidden, ins > .visually-hidden").eachText())
                .containsExactly("deleted:", "inserted:", "inserted:");
        assertThat(changes.text()).contains("We urge you to call on President Aliyev to", "Ilgar Mammadov");
        assertThat(page.selectFirst(".draft").wholeText()).isEqualTo(DRAFT_2);

        mvc.perform(post("/api/sign-on/{token}", again.signOnToken()).contentType(MediaType.APPLICATION_JSON).content(SIGN))
                .andExpect(status().isOk());
        Document signed = Jsoup.parse(mvc.perform(get("/sign/{token}", again.signOnToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(signed.select(".changes")).as("signed as it now reads: nothing left to point out").isEmpty();
    }

    @Test
    void signsThroughTheJsonApiWithABase64Image() throws Exception {
        UUID campaignId = UUID.randomUUID();
        String token = invite(SignOnSamples.humanRightsClub(campaignId)).signOnToken();
        String jpeg = Base64.getEncoder().encodeToString(Images.signatureJpeg());

        mvc.perform(get("/api/sign-on/{token}", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("pending"));
        mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "sign",
                         "signatory": {"name": "Rasul Jafarov", "title": "Chair", "organisation": "Human Rights Club",
                                       "country": "AZ"},
                         "signatureImage": "%s"}
                        """.formatted(jpeg)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("signed"));

        PartnerSigned signed = events.awaitEvent(Topics.RESPONSES, PartnerSigned.class,
                e -> e.campaignId().equals(campaignId), WAIT).payload();
        assertThat(signed.signatureImage()).isEqualTo(jpeg);
    }

    @Test
    void theSameAnswerSentTwiceIsRecordedAnnouncedAndConfirmedOnce() throws Exception {
        UUID campaignId = UUID.randomUUID();
        String token = invite(SignOnSamples.humanRightsClub(campaignId)).signOnToken();
        double signedBefore = answers(SignOnAnswerMeters.SIGNED);
        double declinedBefore = answers(SignOnAnswerMeters.DECLINED);
        String signature = """
                {"decision": "sign",
                 "signatory": {"name": "Rasul Jafarov", "title": "Chair", "organisation": "Human Rights Club"}}
                """;

        for (int tap = 1; tap <= 2; tap++) { // a phone sending the form again after its connection dropped
            mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON).content(signature))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("signed"));
        }
        mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"decline\"}"))
                .andExpect(status().isOk());

        // the events of one campaign keep their order: a second PartnerSigned would come before the decline
        events.awaitEvent(Topics.RESPONSES, PartnerDeclined.class, e -> e.campaignId().equals(campaignId), WAIT);
        long signedEvents = events.readToEnd(Topics.RESPONSES).stream()
                .filter(record -> campaignId.toString().equals(record.key()))
                .filter(record -> new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(),
                        StandardCharsets.UTF_8).equals("org.demarche.PartnerSigned"))
                .count();
        assertThat(signedEvents).isEqualTo(1);
        // answers are numbered: the decline is the second, so the repeat had no confirmation of its own
        var second = events.awaitEvent(Topics.RESPONSES, EmailSent.class, e -> e.campaignId().equals(campaignId)
                && e.kind().equals("confirmation") && e.messageId().contains(".answer-2."), WAIT);
        assertThat(ReceivedMail.withMessageId(smtp, second.payload().messageId()).text())
                .contains("does not co-sign");
        assertThat(answers(SignOnAnswerMeters.SIGNED) - signedBefore).as("counted once").isEqualTo(1);
        assertThat(answers(SignOnAnswerMeters.DECLINED) - declinedBefore).isEqualTo(1);
    }

    private double answers(String answer) {
        var counter = meters.find("demarche.signon.answers").tag("answer", answer).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void refusesAnswersThatCannotBeRecordedNamingTheField() throws Exception {
        String token = invite(SignOnSamples.humanRightsClub(UUID.randomUUID())).signOnToken();

        expectInvalid(token, "{\"signatory\": {\"name\": \"R\", \"organisation\": \"HRC\"}}", "decision");
        expectInvalid(token, "{\"decision\": \"perhaps\"}", "decision");
        expectInvalid(token, "{\"decision\": \"sign\", \"signatory\": {\"organisation\": \"HRC\"}}", "signatory.name");
        expectInvalid(token, "{\"decision\": \"sign\", \"signatory\": {\"name\": \"R\"}}", "signatory.organisation");
        expectInvalid(token, "{\"decision\": \"sign\", \"signatory\": {\"name\": \"R\", \"organisation\": \"HRC\", "
                + "\"country\": \"Azerbaijan\"}}", "signatory.country");
        expectInvalid(token, "{\"decision\": \"sign\", \"signatory\": {\"name\": \"R\", \"organisation\": \"HRC\"}, "
                + "\"signatureImage\": \"not base64!\"}", "signatureImage");
        expectInvalid(token, "{\"decision\": \"sign\", \"signatory\": {\"name\": \"R\", \"organisation\": \"HRC\"}, "
                + "\"signatureImage\": \"" + Base64.getEncoder().encodeToString("GIF89a-not-allowed".getBytes()) + "\"}",
                "signatureImage");
        String overOneMegabyte = Base64.getEncoder().encodeToString(
                java.util.Arrays.copyOf(Images.signaturePng(), 1024 * 1024 + 1));
        expectInvalid(token, "{\"decision\": \"sign\", \"signatory\": {\"name\": \"R\", \"organisation\": \"HRC\"}, "
                + "\"signatureImage\": \"" + overOneMegabyte + "\"}", "signatureImage");

        mvc.perform(get("/api/sign-on/{token}", token)).andExpect(jsonPath("$.status").value("pending"));
    }

    @Test
    void answersGoneOnceTheDeadlineHasPassed() throws Exception {
        String token = invite(SignOnSamples.partnershipForHumanRights(UUID.randomUUID())).signOnToken();

        clock.set(SignOnSamples.DEADLINE);

        mvc.perform(get("/api/sign-on/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(410));
        mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"decline\"}"))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        Document html = Jsoup.parse(mvc.perform(get("/sign/{token}", token))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Les signatures sont closes");
    }

    @Test
    void answersNotFoundForAForgedOrUnknownLink() throws Exception {
        UUID campaignId = UUID.randomUUID();
        String genuine = invite(SignOnSamples.humanRightsClub(campaignId)).signOnToken();
        String tampered = genuine.substring(0, genuine.length() - 4)
                + (genuine.endsWith("AAAA") ? "BBBB" : "AAAA");
        String neverInvited = tokens.issue(UUID.randomUUID(), "hrc-baku", SignOnSamples.DEADLINE);

        for (String token : new String[] {tampered, neverInvited, "not-a-token"}) {
            mvc.perform(get("/api/sign-on/{token}", token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404));
            mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\": \"sign\", \"signatory\": {\"name\": \"X\", \"organisation\": \"Y\"}}"))
                    .andExpect(status().isNotFound());
            String page = mvc.perform(get("/sign/{token}", token).header("Accept-Language", "fr-BE,fr;q=0.9"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(page).selectFirst("h1").text()).isEqualTo("Lien non reconnu");
            assertThat(page).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    /**
     * Sends the request as campaigns would and returns the email the partner receives, other than
     * the sign-on requests with the given Message-IDs (sent before).
     */
    private ReceivedMail invite(SignOnRequested request, String... earlierMessageIds) {
        events.send(EventEnvelope.of(request, "/demarche/campaigns", clock.instant(), null));
        var sent = events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(request.campaignId()) && e.partnerId().equals(request.partnerId())
                        && e.kind().equals("sign-on-request") && !List.of(earlierMessageIds).contains(e.messageId()), WAIT);
        return ReceivedMail.withMessageId(smtp, sent.payload().messageId());
    }

    private void expectInvalid(String token, String body, String field) throws Exception {
        mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
