package org.demarche.outreach.finalletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.outreach.FinalLetterDistribution.Recipient;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.ReceivedMail;
import org.demarche.testsupport.SmtpSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The published letter reaches every recipient once, as a PDF fetched over HTTP from a server
 * playing the campaigns service, which can also fail the first time it is asked.
 */
@SpringBootTest(properties = {"demarche.outreach.dispatch-interval=100ms",
        "demarche.platform.retry.initial-interval=100ms"})
@RealInfrastructure
@Import(TestClockConfiguration.class)
class FinalLetterIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TITLE = "Open letter: Macron – Aliyev, Paris";
    /** Plain ASCII with bare line feeds, as an uncompressed PDF may be: it must arrive byte for byte. */
    private static final byte[] PDF = "%PDF-1.4\n% a letter as campaigns renders it\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    static HttpServer campaigns;
    static final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    static final Map<String, Integer> failuresBeforeSuccess = new ConcurrentHashMap<>();

    @Autowired
    SmtpSink smtp;

    @Autowired
    KafkaTestClient events;

    @BeforeAll
    static void startCampaignsServer() throws IOException {
        campaigns = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        campaigns.createContext("/api/campaigns/", FinalLetterIT::serveLetter);
        campaigns.start();
    }

    @AfterAll
    static void stopCampaignsServer() {
        campaigns.stop(0);
    }

    @BeforeEach
    void connect() {
        smtp.reset();
    }

    @Test
    void sendsThePdfOnceToEachRecipient() {
        UUID campaignId = UUID.randomUUID();
        var signatory = new Recipient("Rasul Jafarov", "rasul@hrc.example.org", "en", "signatory");
        var target = new Recipient("Emmanuel Macron", "president@elysee.example.fr", "fr", "target");
        var distribution = EventEnvelope.of(new FinalLetterDistribution(campaignId, TITLE, 3,
                List.of(signatory, target, signatory), letterUrl(campaignId)), "/demarche/campaigns",
                TestClockConfiguration.START, null);

        events.send(distribution);
        events.send(distribution); // delivered twice
        events.send(EventEnvelope.of(distribution.payload(), "/demarche/campaigns", TestClockConfiguration.START, null));

        // a newcomer to the same letter, handled after the three above: once it is out, they are done
        var newcomer = new Recipient("Brigitte Dufour", "brigitte@iphr.example.org", "fr", "signatory");
        events.send(EventEnvelope.of(new FinalLetterDistribution(campaignId, TITLE, 3, List.of(signatory, target, newcomer),
                letterUrl(campaignId)), "/demarche/campaigns", TestClockConfiguration.START, null));
        for (Recipient recipient : List.of(signatory, target, newcomer)) {
            events.awaitEvent(Topics.RESPONSES, EmailSent.class, e -> e.campaignId().equals(campaignId)
                    && e.kind().equals("final-letter") && e.partnerId().equals(recipient.email()), WAIT);
        }

        var received = smtp.awaitMessages(3, WAIT);
        assertThat(received).as("one email per recipient, however often the letter was distributed").hasSize(3);
        for (Recipient recipient : List.of(signatory, target)) {
            List<ReceivedMail> mails = smtp.mailTo(recipient.email());
            assertThat(mails).hasSize(1);
            List<ReceivedMail.Attachment> attachments = mails.get(0).attachments();
            assertThat(attachments).hasSize(1);
            // the title, less the characters file systems refuse
            assertThat(attachments.get(0).filename()).isEqualTo("Open letter Macron – Aliyev, Paris.pdf");
            assertThat(attachments.get(0).contentType()).startsWith("application/pdf");
            assertThat(attachments.get(0).content()).isEqualTo(PDF);
            // each in the recipient's language: the signatory's English, the target's French
            assertThat(mails.get(0).text()).contains((recipient.language().equals("fr") ? "Bonjour " : "Dear ")
                    + recipient.name());
        }
        assertThat(requests.get(campaignId.toString()).get())
                .as("fetched for the first distribution and for the newcomer, not for the repeats").isEqualTo(2);
    }

    @Test
    void triesAgainWhenTheLetterCannotBeFetchedYet() {
        UUID campaignId = UUID.randomUUID();
        failuresBeforeSuccess.put(campaignId.toString(), 2);
        var signatory = new Recipient("Brigitte Dufour", "brigitte@iphr.example.org", "fr", "signatory");

        events.send(EventEnvelope.of(new FinalLetterDistribution(campaignId, TITLE, 1, List.of(signatory),
                letterUrl(campaignId)), "/demarche/campaigns", TestClockConfiguration.START, null));

        events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.partnerId().equals(signatory.email()), WAIT);
        var mail = smtp.awaitMailTo(signatory.email(), 1, WAIT).get(0);
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> assertThat(pdf.content()).isEqualTo(PDF));
        assertThat(requests.get(campaignId.toString()).get()).isEqualTo(3);
    }

    private static String letterUrl(UUID campaignId) {
        return "http://127.0.0.1:" + campaigns.getAddress().getPort() + "/api/campaigns/" + campaignId + "/letter?format=pdf";
    }

    /** {@code GET /api/campaigns/{id}/letter?format=pdf}, failing with 503 as many times as the test asked. */
    private static void serveLetter(HttpExchange exchange) throws IOException {
        String campaignId = exchange.getRequestURI().getPath().split("/")[3];
        int attempt = requests.computeIfAbsent(campaignId, id -> new AtomicInteger()).incrementAndGet();
        boolean pdfAsked = "format=pdf".equals(exchange.getRequestURI().getQuery());
        if (!pdfAsked || attempt <= failuresBeforeSuccess.getOrDefault(campaignId, 0)) {
            exchange.sendResponseHeaders(pdfAsked ? 503 : 400, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(200, PDF.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(PDF);
        }
    }
}
