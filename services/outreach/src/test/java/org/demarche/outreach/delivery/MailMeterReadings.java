package org.demarche.outreach.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.context.ApplicationContext;

/** Outreach's delivery meters as one instance's registry holds them; 0 for a meter not yet registered. */
final class MailMeterReadings {

    private static final String KIND = "sign-on-request";

    private final MeterRegistry registry;
    private final PrometheusMeterRegistry prometheus;

    MailMeterReadings(ApplicationContext outreach) {
        this.registry = outreach.getBean(MeterRegistry.class);
        this.prometheus = outreach.getBean(PrometheusMeterRegistry.class);
    }

    /** A counter of sign-on requests ({@code demarche.mail.sent}, {@code .retried}, {@code .failed}). */
    double counted(String name) {
        var counter = registry.find(name).tag("kind", KIND).counter();
        return counter == null ? 0 : counter.count();
    }

    /** How many exchanges with the SMTP server were timed, accepted or refused. */
    long timed(boolean accepted) {
        var timer = registry.find("demarche.mail.smtp").tag("outcome", accepted ? "accepted" : "refused").timer();
        return timer == null ? 0 : timer.count();
    }

    double queue(String status) {
        return Search.in(registry).name("demarche.mail.queue").tag("status", status).gauge().value();
    }

    /** The registry as {@code /actuator/prometheus} writes it. */
    String scrape() {
        return prometheus.scrape();
    }
}
