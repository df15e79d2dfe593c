package org.demarche.platform.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox as an operator sees it: how many events wait to be relayed ({@code demarche.outbox.backlog})
 * and how long the oldest has waited ({@code demarche.outbox.lag}). Both read the table when scraped,
 * so they count what every instance sharing the database left behind, and a relay that is stuck
 * shows as a lag that keeps growing.
 */
class OutboxMeters implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxMeters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("demarche.outbox.backlog", this, OutboxMeters::backlog)
                .description("Events committed to the outbox and not yet relayed to Kafka")
                .register(registry);
        TimeGauge.builder("demarche.outbox.lag", this, TimeUnit.MILLISECONDS, OutboxMeters::oldestWaitMillis)
                .description("How long the oldest event in the outbox has waited to be relayed; 0 when it is empty")
                .register(registry);
    }

    private double backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event").query(Long.class).single();
    }

    private double oldestWaitMillis() {
        return jdbc.sql("SELECT occurred_at FROM outbox_event ORDER BY position FETCH FIRST 1 ROWS ONLY")
                .query(Timestamp.class).optional()
                .map(written -> (double) Math.max(0, Duration.between(written.toInstant(), clock.instant()).toMillis()))
                .orElse(0.0);
    }
}
