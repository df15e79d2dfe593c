package org.demarche.outreach.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.demarche.outreach.OutreachProperties;
import org.demarche.platform.outbox.Outbox;
import org.demarche.platform.tracing.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queue. {@code demarche.outreach.delivery.connections} threads each claim a batch of
 * due messages and send it over one SMTP connection kept open while there is work; each outcome
 * goes to the {@link OutcomeRecorder}, which stores it with its event (EmailSent, or EmailFailed
 * once given up) as soon as it can, several senders' outcomes in one transaction.
 *
 * <p>What survives what: a message is claimed before it is sent and marked sent only after the
 * server accepted it. Stopping (the context closing) lets each sender finish the message in hand,
 * waits for every outcome to be recorded and hands back what was not tried, so a stop loses and
 * repeats nothing. A process that dies leaves its claims to lapse after
 * {@code demarche.outreach.delivery.claim-timeout}; then they are sent again, and only what the
 * server accepted and the recorder had not yet stored, two messages per sender at most, can arrive
 * twice, under the same Message-ID. SMTP has no way to ask the server whether it has a message,
 * so no sender can close this last window; it is a few milliseconds wide.
 *
 * <p>PostgreSQL away: the recorder keeps trying (see there) and the senders wait for it; they
 * claim and send nothing more until the database answers. Nothing that goes wrong ends a sender
 * thread: it logs and goes on.
 */
@Component
class MailSenders implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailSenders.class);
    /** Longer than a 30 s outage of PostgreSQL plus a few recording attempts: a stop still records what was sent. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final OutboundMessages messages;
    private final JavaMailSenderImpl smtp;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OutreachProperties.Delivery settings;
    private final OutcomeRecorder recorder;
    private final MimeMessages assembly;
    private final SendingPace pace;
    private final DeliverySignal signal;
    private final Duration pollInterval;
    private final TraceContexts traces;
    private final MailMeters meters;

    private final List<Thread> senders = new ArrayList<>();
    private volatile boolean running;

    MailSenders(OutboundMessages messages, JavaMailSenderImpl smtp, Outbox outbox, TransactionTemplate transactions,
                Clock clock, OutreachProperties properties, DeliverySignal signal, JdbcClient jdbc, TraceContexts traces,
                MailMeters meters,
                @Value("${demarche.outreach.dispatch-interval:500ms}") Duration pollInterval) {
        this.messages = messages;
        var sessionSettings = smtp.getJavaMailProperties();
        if (NoDelaySockets.useFor(sessionSettings)) {
            smtp.setJavaMailProperties(sessionSettings); // before the session is first made, just below
        }
        this.smtp = smtp;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = properties.delivery();
        this.recorder = new OutcomeRecorder(messages, outbox, transactions, clock,
                new RetryPolicy(settings, QuietHours.parse(properties.quietHours())), meters);
        this.assembly = new MimeMessages(smtp, senderAddress(properties.sender()));
        // one rate per host for all instances of the service: the slots are kept in the database
        this.pace = SendingPace.shared(settings.rateLimit(), new SharedSendingSlots(jdbc, transactions));
        this.signal = signal;
        this.pollInterval = pollInterval;
        this.traces = traces;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        running = true;
        recorder.start();
        for (int i = 1; i <= settings.connections(); i++) {
            Thread sender = new Thread(this::sendWhileRunning, "mail-sender-" + i);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
    }

    /**
     * Waits for each sender to finish the message in hand and for the recorder to store what they
     * sent. If that has not happened after {@link #STOP_TIMEOUT} (the database has been away all
     * along), the recorder is interrupted so that it says what it leaves unrecorded; the data source
     * closes right after this anyway. Those claims lapse and the messages go again after the next
     * start, as after a kill.
     */
    @Override
    public synchronized void stop() {
        running = false;
        signal.wakeUp();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        try {
            for (Thread sender : senders) {
                sender.join(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
            }
            recorder.stop(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            for (Thread sender : senders) { // now released by the recorder, if they were waiting for it
                sender.join(STOP_TIMEOUT.toMillis());
                if (sender.isAlive()) {
                    log.warn("{} has not finished after {}; interrupting it", sender.getName(), STOP_TIMEOUT);
                    sender.interrupt();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        senders.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the Kafka listeners (nothing new is queued) and before the outbox relay (which relays the last outcomes). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 500;
    }

    private void sendWhileRunning() {
        try (SmtpConnection connection = new SmtpConnection(smtp)) {
            while (running) {
                long seen = signal.generation();
                List<OutboundMessage> batch;
                try {
                    batch = claim();
                } catch (RuntimeException e) {
                    log.warn("Could not read the outbound queue: {}", e.getMessage());
                    pause(seen);
                    continue;
                }
                if (batch.isEmpty()) {
                    connection.close(); // no idle connection for the server to time out
                    pause(seen);
                    continue;
                }
                try {
                    sendAndRecord(batch, connection);
                } catch (RuntimeException e) {
                    // a bug, not a fault of the servers (those are handled below): the claims of what
                    // was not recorded lapse, and this thread goes on with the rest of the queue
                    log.error("Sending a batch of {} message(s) failed", batch.size(), e);
                    connection.close();
                    pause(seen);
                }
            }
        }
    }

    /** How many times recording outcomes failed so far (the database was away). */
    long failedRecordings() {
        return recorder.failedAttempts();
    }

    private List<OutboundMessage> claim() {
        Instant now = clock.instant();
        return transactions.execute(status ->
                messages.claimDue(now, settings.batchSize(), now.plus(settings.claimTimeout())));
    }

    private void pause(long seen) {
        try {
            signal.awaitAfter(seen, pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Sends the batch, handing each outcome to the recorder; before handing over the next, waits
     * until the previous one is stored, so that sending one message overlaps recording the one
     * before. Returns once the batch is recorded. If the recorder gives up (stopped while the
     * database was away), the message just sent stays claimed, so that it goes again only once its
     * claim lapses, as after a kill, and the rest of the batch is not tried.
     */
    private void sendAndRecord(List<OutboundMessage> batch, SmtpConnection connection) {
        List<UUID> untried = new ArrayList<>();
        CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
        boolean recording = true;
        for (OutboundMessage message : batch) {
            if (!running || !recording) {
                untried.add(message.id());
                continue;
            }
            pace.awaitTurn(smtp.getHost());
            OutcomeRecorder.Outcome outcome = attempt(message, connection);
            recording = stored(previous);
            if (recording) {
                previous = recorder.hand(outcome);
            }
        }
        stored(previous);
        release(untried);
    }

    /** Sends one message in the trace of the work that queued it: one trace from the meeting to this email. */
    private OutcomeRecorder.Outcome attempt(OutboundMessage message, SmtpConnection connection) {
        return traces.continueFrom(message.traceParent(), "smtp " + message.kind(), () -> {
            try {
                Attachment file = message.hasAttachment() ? messages.attachmentOf(message.id()).orElse(null) : null;
                MimeMessage mime = assembly.assemble(message, file, clock.instant());
                var smtpTime = meters.smtpStarts();
                boolean accepted = false;
                try {
                    connection.send(mime);
                    accepted = true;
                } finally {
                    meters.smtpEnded(smtpTime, accepted);
                }
                log.info("Mail {} of campaign {} accepted by the SMTP server as {}", message.kind(),
                        message.campaignId(), message.messageId());
                return new OutcomeRecorder.Outcome.Accepted(message, clock.instant());
            } catch (Exception e) { // logged by the recorder, which decides between a retry and giving up
                return new OutcomeRecorder.Outcome.Failed(message, DeliveryFailure.of(e));
            }
        });
    }

    /** Waits for the recorder; false when it gave up (stopped while the database was away). */
    private boolean stored(CompletableFuture<Void> outcome) {
        try {
            outcome.get();
            return true;
        } catch (ExecutionException | CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Claimed but not tried (stopping): back to the queue now; if the database is away, the claims lapse instead. */
    private void release(List<UUID> untried) {
        if (untried.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> messages.release(untried));
        } catch (RuntimeException e) {
            log.warn("Could not hand back {} claimed message(s) not tried; they go once their claim lapses: {}",
                    untried.size(), e.getMessage());
        }
    }

    private static InternetAddress senderAddress(String sender) {
        try {
            return new InternetAddress(sender, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("demarche.outreach.sender is not an email address: " + e.getMessage(), e);
        }
    }
}
