package org.demarche.outreach.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.outreach.OutreachProperties;
import org.demarche.platform.outbox.Outbox;
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
 * due messages, send it over one SMTP connection kept open while there is work, and record every
 * outcome with its event (EmailSent, or EmailFailed once given up) in one transaction per batch.
 *
 * <p>What survives what: a message is claimed before it is sent and marked sent only after the
 * server accepted it. Stopping (the context closing) lets each sender finish the message in hand,
 * record what the batch achieved and hand back what it had not tried, so a stop loses and repeats
 * nothing. A process that dies leaves its claims to lapse after
 * {@code demarche.outreach.delivery.claim-timeout}; then they are sent again, and only what the
 * server had accepted in the last unrecorded batch can arrive twice, under the same Message-ID.
 */
@Component
class MailSenders implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailSenders.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final OutboundMessages messages;
    private final JavaMailSenderImpl smtp;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OutreachProperties.Delivery settings;
    private final RetryPolicy retries;
    private final MimeMessages assembly;
    private final SendingPace pace;
    private final DeliverySignal signal;
    private final Duration pollInterval;

    private final List<Thread> senders = new ArrayList<>();
    private volatile boolean running;

    MailSenders(OutboundMessages messages, JavaMailSenderImpl smtp, Outbox outbox, TransactionTemplate transactions,
                Clock clock, OutreachProperties properties, DeliverySignal signal, JdbcClient jdbc,
                @Value("${demarche.outreach.dispatch-interval:500ms}") Duration pollInterval) {
        this.messages = messages;
        var sessionSettings = smtp.getJavaMailProperties();
        if (NoDelaySockets.useFor(sessionSettings)) {
            smtp.setJavaMailProperties(sessionSettings); // before the session is first made, just below
        }
        this.smtp = smtp;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = properties.delivery();
        this.retries = new RetryPolicy(settings, QuietHours.parse(properties.quietHours()));
        this.assembly = new MimeMessages(smtp, senderAddress(properties.sender()));
        // one rate per host for all instances of the service: the slots are kept in the database
        this.pace = SendingPace.shared(settings.rateLimit(), new SharedSendingSlots(jdbc, transactions));
        this.signal = signal;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= settings.connections(); i++) {
            Thread sender = new Thread(this::sendWhileRunning, "mail-sender-" + i);
            sender.setDaemon(true);
            sender.start();
            senders.add(sender);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        signal.wakeUp();
        for (Thread sender : senders) {
            try {
                sender.join(STOP_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
                } else {
                    sendAndRecord(batch, connection);
                }
            }
        }
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

    private void sendAndRecord(List<OutboundMessage> batch, SmtpConnection connection) {
        Map<UUID, Instant> accepted = new LinkedHashMap<>();
        Map<OutboundMessage, DeliveryFailure> failed = new LinkedHashMap<>();
        List<UUID> untried = new ArrayList<>();
        for (OutboundMessage message : batch) {
            if (!running) {
                untried.add(message.id());
                continue;
            }
            pace.awaitTurn(smtp.getHost());
            try {
                Attachment file = message.hasAttachment() ? messages.attachmentOf(message.id()).orElse(null) : null;
                MimeMessage mime = assembly.assemble(message, file, clock.instant());
                connection.send(mime);
                accepted.put(message.id(), clock.instant());
            } catch (Exception e) {
                failed.put(message, DeliveryFailure.of(e));
            }
        }
        record(batch, accepted, failed, untried);
    }

    private void record(List<OutboundMessage> batch, Map<UUID, Instant> accepted,
                        Map<OutboundMessage, DeliveryFailure> failed, List<UUID> untried) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            messages.markSent(accepted);
            List<EmailSent> sent = new ArrayList<>(accepted.size());
            for (OutboundMessage message : batch) {
                Instant sentAt = accepted.get(message.id());
                if (sentAt != null) {
                    sent.add(new EmailSent(message.campaignId(), message.partnerId(), message.kind(),
                            message.messageId(), sentAt));
                }
            }
            outbox.publishAll(sent); // one round trip for the batch's events, not one per message
            failed.forEach((message, failure) -> recordFailure(message, failure, now));
            messages.release(untried);
        });
    }

    private void recordFailure(OutboundMessage message, DeliveryFailure failure, Instant now) {
        var retryAt = retries.nextAttempt(failure, message.attempts(), now, message.quietZone());
        if (retryAt.isPresent()) {
            log.info("Email {} to partner {} of campaign {} failed (attempt {}), trying again at {}: {}", message.kind(),
                    message.partnerId(), message.campaignId(), message.attempts() + 1, retryAt.get(), failure.reason());
            messages.markRetry(message.id(), failure.reason(), retryAt.get());
            return;
        }
        log.warn("Email {} to partner {} of campaign {} given up after {} attempt(s) ({}): {}", message.kind(),
                message.partnerId(), message.campaignId(), message.attempts() + 1,
                failure.permanent() ? "permanent failure" : "attempts ran out", failure.reason());
        messages.markFailed(message.id(), failure.reason());
        outbox.publish(new EmailFailed(message.campaignId(), message.partnerId(), message.kind(), failure.reason(),
                failure.permanent(), now));
    }

    private static InternetAddress senderAddress(String sender) {
        try {
            return new InternetAddress(sender, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("demarche.outreach.sender is not an email address: " + e.getMessage(), e);
        }
    }
}
