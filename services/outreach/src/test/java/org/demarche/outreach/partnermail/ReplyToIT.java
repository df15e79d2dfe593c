package org.demarche.outreach.partnermail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.outreach.signon.SignOnSamples;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.MutableClock;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ReceivedMail;
import org.demarche.testsupport.SmtpSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A partner who presses Reply reaches a person, whatever the email: the request to sign, the
 * reminder, the confirmation of an answer (sent later, from what the invitation kept) and the
 * final letter, read as the SMTP server received them. Without {@code demarche.outreach.reply-to}
 * (as here), the coordinator's address comes first, then the first lead partner's contact; the
 * sender's own address never; with nobody, no Reply-To at all and one warning per campaign.
 * {@link PartnerMailIT} has the configured address in between.
 */
@SpringBootTest(properties = {"demarche.outreach.dispatch-interval=100ms",
        "demarche.outreach.sender=Démarche <noreply@demarche.example.org>"})
@AutoConfigureMockMvc
@RealInfrastructure
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class ReplyToIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String COORDINATOR = "amina.karimova@coalition.example.org";
    private static final String LEAD = "director@hrclub.example";
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static HttpServer campaigns;

    @Autowired
    KafkaTestClient events;

    @Autowired
    SmtpSink smtp;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @BeforeAll
    static void startCampaignsServer() throws IOException {
        campaigns = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        campaigns.createContext("/letters/", ReplyToIT::serveLetter);
        campaigns.start();
    }

    @AfterAll
    static void stopCampaignsServer() {
        campaigns.stop(0);
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void everyEmailToAPartnerRepliesToTheCoordinatorWhoEnteredTheMeeting() throws Exception {
        UUID campaign = UUID.randomUUID();
        SignOnRequested asked = request(campaign, "silent", COORDINATOR, LEAD);
        SignOnRequested answering = request(campaign, "answering", COORDINATOR, LEAD);

        assertThat(replyTo(sent(asked, "sign-on-request"))).isEqualTo(COORDINATOR);
        ReceivedMail toAnswering = smtp.awaitMessageId(sent(answering, "sign-on-request").messageId(), WAIT);
        assertThat(toAnswering.header("Reply-To")).isEqualTo(COORDINATOR);

        signs(toAnswering.signOnToken());
        assertThat(replyTo(awaitSent(campaign, "answering", "confirmation"))).isEqualTo(COORDINATOR);

        clock.advance(Duration.ofDays(1)); // 10:00 in Paris: no quiet hours
        assertThat(replyTo(sent(reminder(asked, COORDINATOR, LEAD), "reminder"))).isEqualTo(COORDINATOR);

        events.send(envelope(new FinalLetterDistribution(campaign, "Open letter", 1,
                List.of(new Recipient("Contact answering", answering.email(), "en", "signatory"),
                        new Recipient("Emmanuel Macron", "president@elysee.example.fr", "fr", "target")),
                letterUrl(campaign), COORDINATOR, LEAD)));
        assertThat(replyTo(awaitSent(campaign, answering.email(), "final-letter"))).isEqualTo(COORDINATOR);
        assertThat(replyTo(awaitSent(campaign, "president@elysee.example.fr", "final-letter"))).isEqualTo(COORDINATOR);
    }

    @Test
    void withoutACoordinatorsAddressRepliesGoToTheFirstLeadPartnerAlsoWhenTheConfirmationComesLater()
            throws Exception {
        UUID campaign = UUID.randomUUID();
        SignOnRequested request = request(campaign, "without-coordinator", null, LEAD);

        ReceivedMail asked = smtp.awaitMessageId(sent(request, "sign-on-request").messageId(), WAIT);
        assertThat(asked.header("Reply-To")).isEqualTo(LEAD);

        signs(asked.signOnToken());
        assertThat(replyTo(awaitSent(campaign, "without-coordinator", "confirmation")))
                .as("the lead partner's contact kept with the invitation").isEqualTo(LEAD);

        events.send(envelope(new FinalLetterDistribution(campaign, "Open letter", 1,
                List.of(new Recipient("Contact", request.email(), "en", "signatory")), letterUrl(campaign), null, LEAD)));
        assertThat(replyTo(awaitSent(campaign, request.email(), "final-letter"))).isEqualTo(LEAD);
    }

    @Test
    void neverRepliesToTheSenderItself() {
        UUID campaign = UUID.randomUUID();
        SignOnRequested request = request(campaign, "sender-named", "NoReply@Demarche.example.org", LEAD);

        assertThat(replyTo(sent(request, "sign-on-request"))).isEqualTo(LEAD);
    }

    @Test
    void withNobodyToReplyToSendsNoReplyToAndWarnsOncePerCampaign(CapturedOutput output) {
        UUID campaign = UUID.randomUUID();

        assertThat(replyTo(sent(request(campaign, "nobody-1", null, null), "sign-on-request"))).isNull();
        assertThat(replyTo(sent(request(campaign, "nobody-2", null, "noreply@demarche.example.org"),
                "sign-on-request"))).isNull();

        assertThat(output.getOut().lines()
                .filter(line -> line.contains("go without a Reply-To") && line.contains(campaign.toString())))
                .hasSize(1);
    }

    private void signs(String token) throws Exception {
        mvc.perform(post("/api/sign-on/{token}", token).contentType(MediaType.APPLICATION_JSON).content("""
                        {"decision": "sign", "signatory": {"name": "Rasul Jafarov", "title": "Director",
                         "organisation": "Human Rights Club", "country": "AZ"}}
                        """))
                .andExpect(status().isOk());
    }

    /** The Reply-To of the email EmailSent reports, as the SMTP server received it; null when it has none. */
    private String replyTo(EmailSent sent) {
        return smtp.awaitMessageId(sent.messageId(), WAIT).header("Reply-To");
    }

    private EmailSent sent(DemarcheEvent event, String kind) {
        return requests().sendAndAwaitSent(event, kind);
    }

    private EmailSent awaitSent(UUID campaignId, String partnerId, String kind) {
        return requests().awaitSent(campaignId, partnerId, kind);
    }

    private <E extends DemarcheEvent> EventEnvelope<E> envelope(E event) {
        return requests().envelope(event);
    }

    private CampaignRequests requests() {
        return new CampaignRequests(events, clock, WAIT);
    }

    private static SignOnRequested request(UUID campaignId, String partnerId, String coordinator, String lead) {
        return new SignOnRequested(campaignId, partnerId, "Organisation " + partnerId, "Contact " + partnerId,
                partnerId + "@partners.example.org", "en", "Europe/Paris", "Open letter", 1, "Dear Mr President, …",
                SignOnSamples.DEADLINE, Instant.parse("2018-07-20T09:00:00Z"), "Europe/Paris", coordinator, "AZ", null,
                lead);
    }

    private static ReminderRequested reminder(SignOnRequested invited, String coordinator, String lead) {
        return new ReminderRequested(invited.campaignId(), invited.partnerId(), invited.contactName(), invited.email(),
                invited.language(), invited.timeZone(), invited.campaignTitle(), invited.signOnDeadline(), 1,
                invited.country(), coordinator, lead);
    }

    private static String letterUrl(UUID campaignId) {
        return "http://127.0.0.1:" + campaigns.getAddress().getPort() + "/letters/" + campaignId + ".pdf";
    }

    private static void serveLetter(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(200, PDF.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(PDF);
        }
    }
}
