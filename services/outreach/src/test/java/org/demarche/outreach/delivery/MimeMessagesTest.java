package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The headers an assembled message carries, read back as a mail client would. */
class MimeMessagesTest {

    private final MimeMessages assembly = new MimeMessages(new JavaMailSenderImpl(),
            new InternetAddress("outreach@demarche.example", "Démarche", "UTF-8"));

    MimeMessagesTest() throws Exception {
    }

    @Test
    void datesTheMessageInRfc5322FormThatMailClientsReadBackToTheSecond() throws Exception {
        for (Instant now : new Instant[] {Instant.parse("2026-11-27T04:05:06.789Z"), Instant.parse("2018-07-01T23:59:59Z"),
                Instant.parse("2030-03-31T01:00:00Z")}) {
            var mime = assembly.assemble(message(), null, now);

            String date = mime.getHeader("Date", null);
            assertThat(date).matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000");
            Instant toTheSecond = now.truncatedTo(ChronoUnit.SECONDS);
            assertThat(new MailDateFormat().parse(date).toInstant()).isEqualTo(toTheSecond);
            assertThat(mime.getSentDate().toInstant()).isEqualTo(toTheSecond);
        }
    }

    @Test
    void keepsTheMessageIdDerivedFromTheKey() throws Exception {
        var mime = assembly.assemble(message(), null, Instant.parse("2026-11-27T04:05:06Z"));

        assertThat(mime.getMessageID()).isEqualTo("<key@demarche.example>");
        assertThat(mime.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    }

    private static OutboundMessage message() {
        return new OutboundMessage(UUID.randomUUID(), UUID.randomUUID(), "hrc-baku", MessageKey.SIGN_ON_REQUEST, 1,
                "partner@ngo.example", null, new MailContent("Subject", "text", "<p>html</p>"), false, 0,
                "<key@demarche.example>", null, null, null, null, null);
    }
}
