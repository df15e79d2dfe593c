package org.demarche.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

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
 * Within a class, call {@link #reset()} between tests or match on recipients.
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

    /** Forgets every message received so far. */
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not empty the SMTP sink", e);
        }
    }

    @Override
    public String toString() {
        return "SmtpSink[" + host() + ":" + port() + "]";
    }
}
