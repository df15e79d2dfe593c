package org.demarche.outreach.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection, opened on the first message and kept for the ones after it, as
 * {@code JavaMailSenderImpl.send(MimeMessage...)} keeps one for a batch; here each message's
 * outcome is known as soon as the server answers, so it can be recorded and retried on its own.
 * After any failure the connection is dropped and the next message opens a new one: a server that
 * answered 421 or broke the line is not asked again on it. Used by one thread.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

    private final JavaMailSenderImpl settings;
    private Transport transport;

    SmtpConnection(JavaMailSenderImpl settings) {
        this.settings = settings;
    }

    /** Hands the message to the server; returns once the server accepted it. */
    void send(MimeMessage message) throws MessagingException {
        try {
            if (transport == null) {
                transport = connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Transport connect() throws MessagingException {
        Transport opened = settings.getSession().getTransport(settings.getProtocol() == null ? "smtp" : settings.getProtocol());
        String username = settings.getUsername();
        String password = settings.getPassword();
        if (username == null || username.isEmpty()) { // as JavaMailSenderImpl: no login without a user
            username = null;
            password = null;
        }
        opened.connect(settings.getHost(), settings.getPort(), username, password);
        return opened;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Closing the SMTP connection failed: {}", e.getMessage());
            } finally {
                transport = null;
            }
        }
    }
}
