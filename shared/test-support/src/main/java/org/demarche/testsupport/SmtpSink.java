package org.demarche.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server that the code under test sends its mail to, and where the
 * test reads what arrived.
 *
 * <p>It is always an in-JVM GreenMail, even when Docker is available: it is a
 * real SMTP server speaking the protocol over TCP on {@link #host()}:{@link #port()},
 * so the code under test goes through its real Jakarta Mail transport, and
 * the test can read the received messages directly instead of through a
 * container's HTTP API. It accepts mail for any recipient and any login.
 *
 * <p>One sink serves the whole JVM; it is emptied when each test class starts.
 * Within a class, call {@link #reset()} between tests or match on recipients
 * or Message-IDs. {@link ReceivedMail} reads a message the way a mail client would.
 */
public final class SmtpSink {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final GreenMail greenMail;

    private SmtpSink(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts a sink on a free port of the loopback interface. */
    static SmtpSink start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new SmtpSink(greenMail);
    }

    void stop() {
        greenMail.stop();
    }

    public String host() {
        return LOOPBACK;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every message received since the last {@link #reset()}, in order of arrival; one per recipient. */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * Waits until at least {@code count} messages have arrived, and returns all of them.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when fewer arrived within {@code timeout}
     */
    public List<MimeMessage> awaitMessages(int count, Duration timeout) {
        return await(count + " message(s) at the SMTP sink on port " + port())
                .atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL_INTERVAL)
                .until(this::receivedMessages, messages -> messages.size() >= count);
    }

    /** Every message received since the last {@link #reset()}, read, in order of arrival. */
    public List<ReceivedMail> receivedMail() {
        return receivedMessages().stream().map(ReceivedMail::of).toList();
    }

    /** The messages received so far for {@code address} (their first To recipient), in order of arrival. */
    public List<ReceivedMail> mailTo(String address) {
        return receivedMail().stream().filter(mail -> mail.recipient().equalsIgnoreCase(address)).toList();
    }

    /**
     * Waits until at least {@code count} messages for {@code address} have arrived, and returns all of
     * them; mail to others passes by.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when fewer arrived within {@code timeout}
     */
    public List<ReceivedMail> awaitMailTo(String address, int count, Duration timeout) {
        return await(count + " message(s) to " + address + " at the SMTP sink on port " + port())
                .atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL_INTERVAL)
                .until(() -> mailTo(address), mail -> mail.size() >= count);
    }

    /**
     * Waits for the message with this Message-ID (as {@code EmailSent} reports it, angle brackets
     * included) and returns it.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when it did not arrive within {@code timeout}
     */
    public ReceivedMail awaitMessageId(String messageId, Duration timeout) {
        return await("message " + messageId + " at the SMTP sink on port " + port())
                .atMost(timeout)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL_INTERVAL)
                .until(() -> receivedMessages().stream().filter(message -> hasMessageId(message, messageId))
                        .findFirst().map(ReceivedMail::of), Optional::isPresent)
                .orElseThrow();
    }

    /** Forgets every message received so far. */
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not empty the SMTP sink", e);
        }
    }

    private static boolean hasMessageId(MimeMessage message, String messageId) {
        try {
            return messageId.equals(message.getMessageID());
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received message's Message-ID", e);
        }
    }

    @Override
    public String toString() {
        return "SmtpSink[" + host() + ":" + port() + "]";
    }
}
