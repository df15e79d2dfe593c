package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

@RealInfrastructure
class SmtpSinkIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SmtpSink smtp;

    SmtpSinkIT(SmtpSink smtp) {
        this.smtp = smtp;
    }

    @BeforeEach
    void startWithAnEmptySink() {
        smtp.reset();
    }

    @Test
    void receivesAMessageSentWithJakartaMailOverSmtp() throws Exception {
        send(session(new Properties()), "partner@ngo.example", "Will you co-sign?");

        List<MimeMessage> received = smtp.awaitMessages(1, TIMEOUT);

        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Will you co-sign?");
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("partner@ngo.example");
            assertThat(message.getFrom()).extracting(Object::toString).containsExactly("campaigns@demarche.example");
            assertThat(message.getContent().toString()).contains("Dear partner");
        });
    }

    @Test
    void acceptsAnyLoginSoThatAServiceConfiguredWithCredentialsCanSend() throws Exception {
        Properties authenticated = new Properties();
        authenticated.put("mail.smtp.auth", "true");
        Session session = session(authenticated);

        Transport transport = session.getTransport("smtp");
        transport.connect(smtp.host(), smtp.port(), "outreach", "any password");
        try {
            transport.sendMessage(message(session, "lead@ngo.example", "Letter published"),
                    new InternetAddress[] {new InternetAddress("lead@ngo.example")});
        } finally {
            transport.close();
        }

        assertThat(smtp.awaitMessages(1, TIMEOUT)).extracting(MimeMessage::getSubject).containsExactly("Letter published");
    }

    @Test
    void forgetsEveryMessageOnReset() throws Exception {
        send(session(new Properties()), "partner@ngo.example", "Reminder");
        smtp.awaitMessages(1, TIMEOUT);

        smtp.reset();

        assertThat(smtp.receivedMessages()).isEmpty();
    }

    @Test
    void failsWhenFewerMessagesArriveThanAwaited() throws Exception {
        send(session(new Properties()), "partner@ngo.example", "Only one");

        assertThatThrownBy(() -> smtp.awaitMessages(2, Duration.ofSeconds(1)))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessageContaining("2 message(s) at the SMTP sink");
    }

    @Test
    void readsTheMessageWithAGivenMessageIdOnceItArrives() throws Exception {
        Session session = session(new Properties());
        send(session, "other@ngo.example", "Not this one");
        MimeMessage awaited = message(session, "partner@ngo.example", "Will you co-sign?");
        Transport.send(awaited); // gives it its Message-ID
        String messageId = awaited.getMessageID();

        ReceivedMail mail = smtp.awaitMessageId(messageId, TIMEOUT);

        assertThat(mail.messageId()).isEqualTo(messageId);
        assertThat(mail.recipient()).isEqualTo("partner@ngo.example");
        assertThat(mail.subject()).isEqualTo("Will you co-sign?");
        assertThat(mail.text()).contains("Dear partner");
    }

    @Test
    void failsWhenNoMessageHasTheAwaitedMessageId() throws Exception {
        send(session(new Properties()), "partner@ngo.example", "Some other message");

        assertThatThrownBy(() -> smtp.awaitMessageId("<never-sent@demarche.example>", Duration.ofMillis(500)))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessageContaining("<never-sent@demarche.example>");
    }

    @Test
    void awaitsTheMailOfOneRecipientWhileMailToOthersPassesBy() throws Exception {
        Session session = session(new Properties());
        send(session, "other@ngo.example", "For someone else");
        send(session, "partner@ngo.example", "Will you co-sign?");
        send(session, "partner@ngo.example", "Reminder");

        List<ReceivedMail> mail = smtp.awaitMailTo("partner@ngo.example", 2, TIMEOUT);

        assertThat(mail).extracting(ReceivedMail::subject).containsExactly("Will you co-sign?", "Reminder");
        assertThat(smtp.mailTo("other@ngo.example")).extracting(ReceivedMail::subject).containsExactly("For someone else");
        assertThat(smtp.receivedMail()).hasSize(3);
        assertThatThrownBy(() -> smtp.awaitMailTo("other@ngo.example", 2, Duration.ofMillis(500)))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessageContaining("2 message(s) to other@ngo.example");
    }

    private Session session(Properties properties) {
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        return Session.getInstance(properties);
    }

    private static void send(Session session, String to, String subject) throws MessagingException {
        Transport.send(message(session, to, subject));
    }

    private static MimeMessage message(Session session, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("campaigns@demarche.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Dear partner,\nthe letter is ready for your signature.");
        return message;
    }
}
