package org.demarche.outreach.delivery;

import java.time.Clock;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Delivery as an operator sees it (docs/operations.md, "Metrics"). The queue is read from the table when
 * scraped, so it counts every instance's work; the counters count what this instance recorded,
 * once recorded: an outcome whose transaction rolled back and was recorded again counts once.
 * Tags are the message's kind and an outcome, never a campaign, partner or address.
 */
@Component
class MailMeters {

    private final MeterRegistry registry;

    MailMeters(MeterRegistry registry, OutboundMessages messages, Clock clock) {
        this.registry = registry;
        queue("queued", "Messages due to be sent now", messages, queue -> queue.queued(clock.instant()));
        queue("deferred", "Messages waiting for a later time: a retry's back-off or the recipient's quiet hours",
                messages, queue -> queue.deferred(clock.instant()));
        queue("sending", "Messages claimed by a sender and not yet recorded as sent or failed", messages,
                OutboundMessages::beingSent);
    }

    private void queue(String status, String description, OutboundMessages messages,
                       ToDoubleFunction<OutboundMessages> count) {
        Gauge.builder("demarche.mail.queue", messages, count)
                .description(description)
                .tag("status", status)
                .register(registry);
    }

    /** The server accepted the message and it is recorded as sent (EmailSent). */
    void sent(String kind) {
        counter("demarche.mail.sent", "Emails the SMTP server accepted", kind).increment();
    }

    /** A transient failure is recorded; the message waits for its next attempt. */
    void retried(String kind) {
        counter("demarche.mail.retried", "Attempts that failed for a reason that may pass; tried again later", kind)
                .increment();
    }

    /** Given up: a permanent failure, or attempts ran out (EmailFailed). */
    void failed(String kind) {
        counter("demarche.mail.failed", "Emails given up on: refused for good, or attempts ran out", kind).increment();
    }

    /** Starts timing one message's exchange with the SMTP server. */
    Timer.Sample smtpStarts() {
        return Timer.start(registry);
    }

    void smtpEnded(Timer.Sample sample, boolean accepted) {
        sample.stop(Timer.builder("demarche.mail.smtp")
                .description("Time the SMTP server took to take one message, or to refuse it")
                .tag("outcome", accepted ? "accepted" : "refused")
                .publishPercentileHistogram()
                .register(registry));
    }

    private Counter counter(String name, String description, String kind) {
        return Counter.builder(name).description(description).tag("kind", kind).register(registry);
    }
}
