package org.demarche.outreach.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Records what the SMTP server made of each message, for all senders, on a thread of its own: the
 * outcomes that arrived while the last transaction committed go together in the next one (a group
 * commit). A sender hands over a message's outcome and sends the next one meanwhile, but waits for
 * that outcome to be stored before it hands over another, so at most two messages per sender are
 * ever accepted by the server and not yet recorded: what a kill can make go twice.
 *
 * <p>PostgreSQL away: the server has accepted what it accepted, so the recorder keeps trying, with
 * a capped back-off, until the database answers; the senders wait for it meanwhile and send nothing
 * more. Had it dropped the outcomes, the claims would lapse and those partners be emailed twice. It
 * gives up only when interrupted (a stop that has waited long enough), and then says which
 * accepted messages will go again.
 */
final class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);
    /** 0.5 s, doubling up to 10 s, for ever: an accepted message must not be left unrecorded. */
    private static final ExponentialBackOff RETRIES = retries();
    private static final int MOST_AT_ONCE = 100;

    /** What the SMTP server made of one message. */
    sealed interface Outcome {

        OutboundMessage message();

        record Accepted(OutboundMessage message, Instant at) implements Outcome {
        }

        record Failed(OutboundMessage message, DeliveryFailure failure) implements Outcome {
        }
    }

    private record Handed(Outcome outcome, CompletableFuture<Void> stored) {
    }

    private static ExponentialBackOff retries() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(10_000);
        return backOff;
    }

    private final OutboundMessages messages;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetryPolicy retries;
    private final MailMeters meters;
    private final BlockingQueue<Handed> handed = new LinkedBlockingQueue<>();
    private final AtomicLong failedAttempts = new AtomicLong();
    private volatile boolean running;
    private boolean closed; // guarded by this: nothing more is taken
    private Thread worker;

    OutcomeRecorder(OutboundMessages messages, Outbox outbox, TransactionTemplate transactions, Clock clock,
                    RetryPolicy retries, MailMeters meters) {
        this.messages = messages;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.retries = retries;
        this.meters = meters;
    }

    void start() {
        running = true;
        worker = new Thread(this::recordWhileRunning, "mail-recorder");
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Records what is still handed over, then ends; interrupts the recorder if the database has
     * not let it within {@code patience}. Whatever is handed over afterwards is refused.
     */
    void stop(Duration patience) {
        running = false;
        if (worker == null) {
            return;
        }
        try {
            worker.join(Math.max(1, patience.toMillis()));
            if (worker.isAlive()) {
                log.warn("{} has not recorded every outcome after {}; interrupting it", worker.getName(), patience);
                worker.interrupt();
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return completes once the outcome is stored; exceptionally if the recorder stopped first */
    synchronized CompletableFuture<Void> hand(Outcome outcome) {
        CompletableFuture<Void> stored = new CompletableFuture<>();
        if (closed) {
            stored.completeExceptionally(new IllegalStateException("the recorder has stopped"));
        } else {
            handed.add(new Handed(outcome, stored));
        }
        return stored;
    }

    /** How many times recording failed so far (the database was away). */
    long failedAttempts() {
        return failedAttempts.get();
    }

    private void recordWhileRunning() {
        List<Handed> group = new ArrayList<>();
        while (true) {
            try {
                Handed first = handed.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (!running && closedWhenEmpty()) {
                        return;
                    }
                    continue;
                }
                group.add(first);
                handed.drainTo(group, MOST_AT_ONCE - 1);
                recordUntilStored(group);
                group.forEach(each -> each.stored().complete(null));
                group.clear();
            } catch (InterruptedException e) {
                giveUp(group);
                return;
            }
        }
    }

    private synchronized boolean closedWhenEmpty() {
        closed = handed.isEmpty();
        return closed;
    }

    private void giveUp(List<Handed> group) {
        synchronized (this) {
            closed = true;
            handed.drainTo(group);
        }
        List<String> accepted = group.stream().map(Handed::outcome).filter(Outcome.Accepted.class::isInstance)
                .map(outcome -> outcome.message().messageId()).toList();
        if (!accepted.isEmpty()) {
            log.error("Interrupted before the outcome of {} email(s) could be recorded: the SMTP server accepted "
                    + "{}, and they will be sent again once their claims lapse", accepted.size(), accepted);
        }
        var stopped = new IllegalStateException("the recorder stopped before recording this outcome");
        group.forEach(each -> each.stored().completeExceptionally(stopped));
    }

    /**
     * Tries again while the database is away. Whatever the failure: one that never passes (a bug)
     * shows in the log every 10 s and holds the senders, rather than ending in duplicates.
     */
    private void recordUntilStored(List<Handed> group) throws InterruptedException {
        BackOffExecution backOff = RETRIES.start();
        while (true) {
            try {
                record(group.stream().map(Handed::outcome).toList());
                return;
            } catch (RuntimeException e) {
                failedAttempts.incrementAndGet();
                long wait = backOff.nextBackOff();
                log.warn("Could not record the outcome of {} email(s), trying again in {} ms: {}", group.size(), wait,
                        e.getMessage());
                Thread.sleep(wait);
            }
        }
    }

    /**
     * One transaction. An EmailSent is published only by the transaction that marks its message
     * sent, so recording again after a commit whose answer was lost announces nothing twice; the
     * meters count what the transaction recorded once it committed, so they do not count it twice either.
     */
    private void record(List<Outcome> outcomes) {
        Instant now = clock.instant();
        List<Runnable> counts = new ArrayList<>(outcomes.size());
        transactions.executeWithoutResult(status -> {
            List<Outcome.Accepted> accepted = new ArrayList<>(outcomes.size());
            for (Outcome outcome : outcomes) {
                if (outcome instanceof Outcome.Accepted sent) {
                    accepted.add(sent);
                } else if (outcome instanceof Outcome.Failed failed) {
                    counts.add(recordFailure(failed.message(), failed.failure(), now));
                }
            }
            Map<UUID, Instant> acceptedAt = new LinkedHashMap<>();
            accepted.forEach(sent -> acceptedAt.put(sent.message().id(), sent.at()));
            Set<UUID> marked = new HashSet<>(messages.markSent(acceptedAt));
            List<EmailSent> events = accepted.stream().filter(sent -> marked.contains(sent.message().id()))
                    .map(sent -> new EmailSent(sent.message().campaignId(), sent.message().partnerId(),
                            sent.message().kind(), sent.message().messageId(), sent.at()))
                    .toList();
            outbox.publishAll(events);
            events.forEach(sent -> counts.add(() -> meters.sent(sent.kind())));
        });
        counts.forEach(Runnable::run);
    }

    /** @return how to count what was recorded, once it is committed */
    private Runnable recordFailure(OutboundMessage message, DeliveryFailure failure, Instant now) {
        var retryAt = retries.nextAttempt(failure, message.attempts(), now, message.quietZone());
        if (retryAt.isPresent()) {
            log.info("Email {} to partner {} of campaign {} failed (attempt {}), trying again at {}: {}", message.kind(),
                    message.partnerId(), message.campaignId(), message.attempts() + 1, retryAt.get(), failure.reason());
            messages.markRetry(message.id(), failure.reason(), retryAt.get());
            return () -> meters.retried(message.kind());
        }
        log.warn("Email {} to partner {} of campaign {} given up after {} attempt(s) ({}): {}", message.kind(),
                message.partnerId(), message.campaignId(), message.attempts() + 1,
                failure.permanent() ? "permanent failure" : "attempts ran out", failure.reason());
        if (messages.markFailed(message.id(), failure.reason())) {
            outbox.publish(new EmailFailed(message.campaignId(), message.partnerId(), message.kind(), failure.reason(),
                    failure.permanent(), now));
            return () -> meters.failed(message.kind());
        }
        return () -> { }; // recorded already by an earlier attempt whose commit went through unseen
    }
}
