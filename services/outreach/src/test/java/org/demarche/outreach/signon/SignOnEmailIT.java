package org.demarche.outreach.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.TestClockConfiguration;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.SmtpSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = "demarche.outreach.dispatch-interval=100ms")
@RealInfrastructure
@Import(TestClockConfiguration.class)
class SignOnEmailIT {

    @Autowired
    SmtpSink smtp;

    @Autowired
    KafkaTestClient events;

    @BeforeEach
    void prepare() {
        smtp.reset();
    }

    @Test
    void emailsAPartnerOnceWithThePersonalLinkInBothParts() throws Exception {
        UUID campaignId = UUID.randomUUID();
        var request = EventEnvelope.of(SignOnSamples.humanRightsClub(campaignId), "/demarche/campaigns",
                Instant.parse("2018-07-11T09:00:00Z"), "c-1");

        var other = SignOnSamples.humanRightsClub(campaignId);
        var marker = EventEnvelope.of(new org.demarche.events.outreach.SignOnRequested(campaignId, "iphr-brussels",
                "International Partnership for Human Rights", "Brigitte Dufour", "brigitte@iphr.example.org", "fr",
                "Europe/Brussels", other.campaignTitle(), 1, other.draftText(), other.signOnDeadline(),
                other.meetingStartsAt(), other.meetingTimeZone(), null), "/demarche/campaigns",
                Instant.parse("2018-07-11T09:00:01Z"), "c-2");

        events.send(request);
        events.send(request);
        events.send(marker);

        var sent = events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.partnerId().equals("hrc-baku"), Duration.ofSeconds(30));
        events.awaitEvent(Topics.RESPONSES, EmailSent.class,
                e -> e.campaignId().equals(campaignId) && e.partnerId().equals("iphr-brussels"), Duration.ofSeconds(30));
        var received = smtp.awaitMessages(2, Duration.ofSeconds(30));
        assertThat(received).as("a redelivered request sends no second email").hasSize(2);
        MimeMessage mail = received.stream()
                .filter(m -> address(m).equals("rasul@hrc.example.org")).findFirst().orElseThrow();

        assertThat(mail.getSubject()).isEqualTo("Please co-sign: " + request.payload().campaignTitle());
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("rasul@hrc.example.org");
        assertThat(mail.getMessageID()).isEqualTo(sent.payload().messageId());
        String text = partOfType(mail, "text/plain");
        String html = partOfType(mail, "text/html");
        String link = text.lines().filter(line -> line.contains("/sign/")).findFirst().orElseThrow().strip();
        assertThat(link).startsWith("http://localhost:8083/sign/");
        assertThat(html).contains(link);
    }

    private static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String partOfType(MimeMessage message, String type) throws Exception {
        return findPart(message.getContent(), type);
    }

    private static String findPart(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
                String nested = findPart(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
