package org.demarche.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Reads messages as they come off the wire: written to bytes and parsed again, as the sink stores them. */
class ReceivedMailTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final byte[] PDF = "%PDF-1.7 the letter".getBytes(UTF_8);

    @Test
    void readsAMessageAsAMailClientWould() throws Exception {
        ReceivedMail mail = ReceivedMail.of(received(requestWithLetter()));

        assertThat(mail.recipient()).isEqualTo("partner@ngo.example");
        assertThat(mail.from()).isEqualTo("outreach@demarche.example");
        assertThat(mail.replyTo()).isEqualTo("lead@ngo.example");
        assertThat(mail.subject()).isEqualTo("Please co-sign: Mammadov v. Azerbaijan");
        assertThat(mail.messageId()).isEqualTo("<request-1@demarche.example>");
        assertThat(mail.header("X-Campaign")).isEqualTo("mammadov");
        assertThat(mail.header("X-Absent")).isNull();
        assertThat(mail.text()).contains("Dear Rəşad");
        assertThat(mail.html()).contains("<a href=\"https://outreach.example/sign/abc-123_x\">");
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename()).isEqualTo("Lettre – Məmmədov.pdf");
            assertThat(attachment.isPdf()).isTrue();
            assertThat(attachment.content()).isEqualTo(PDF);
        });
        assertThat(mail.pdfs()).hasSize(1);
    }

    @Test
    void findsThePersonalLinkAndItsToken() throws Exception {
        ReceivedMail mail = ReceivedMail.of(received(requestWithLetter()));

        assertThat(mail.signOnLink()).isEqualTo("https://outreach.example/sign/abc-123_x");
        assertThat(mail.signOnToken()).isEqualTo("abc-123_x");
        assertThat(ReceivedMail.tokenOf("/sign/xyz")).isEqualTo("xyz");
    }

    @Test
    void aPlainMessageHasItsBodyAsTextAndNoReplyTo() throws Exception {
        MimeMessage plain = new MimeMessage(SESSION);
        plain.setFrom(new InternetAddress("outreach@demarche.example"));
        plain.setRecipient(Message.RecipientType.TO, new InternetAddress("Rəşad Məmmədov <partner@ngo.example>"));
        plain.setSubject("Your answer is recorded", "UTF-8");
        plain.setText("Thank you.", "UTF-8");

        ReceivedMail mail = ReceivedMail.of(received(plain));

        assertThat(mail.recipient()).as("the bare address, without the name").isEqualTo("partner@ngo.example");
        assertThat(mail.replyTo()).as("none, although getReplyTo() would answer From").isNull();
        assertThat(mail.text()).isEqualTo("Thank you.");
        assertThat(mail.html()).isNull();
        assertThat(mail.attachments()).isEmpty();
        assertThatThrownBy(mail::signOnLink).isInstanceOf(AssertionError.class)
                .hasMessageContaining("no …/sign/{token} link").hasMessageContaining("Your answer is recorded");
    }

    private static MimeMessage requestWithLetter() throws Exception {
        MimeMessage message = new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<request-1@demarche.example>");
            }
        };
        message.setFrom(new InternetAddress("outreach@demarche.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("partner@ngo.example"));
        message.setReplyTo(new InternetAddress[] {new InternetAddress("lead@ngo.example")});
        message.setSubject("Please co-sign: Mammadov v. Azerbaijan", "UTF-8");
        message.setHeader("X-Campaign", "mammadov");

        MimeBodyPart text = new MimeBodyPart();
        text.setText("Dear Rəşad,\nyour personal link:\nhttps://outreach.example/sign/abc-123_x\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Dear Rəşad,</p><a href=\"https://outreach.example/sign/abc-123_x\">sign</a>",
                "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        MimeBodyPart letter = new MimeBodyPart();
        letter.setDataHandler(new DataHandler(new ByteArrayDataSource(PDF, "application/pdf")));
        letter.setFileName(jakarta.mail.internet.MimeUtility.encodeText("Lettre – Məmmədov.pdf", "UTF-8", null));
        letter.setDisposition(Part.ATTACHMENT);

        message.setContent(new MimeMultipart("mixed", body, letter));
        return message;
    }

    private static MimeMessage received(MimeMessage sent) throws Exception {
        sent.saveChanges();
        var bytes = new ByteArrayOutputStream();
        sent.writeTo(bytes);
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }
}
