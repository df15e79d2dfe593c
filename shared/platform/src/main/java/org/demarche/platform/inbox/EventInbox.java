package org.demarche.platform.inbox;

import java.sql.Timestamp;
import java.time.Clock;

import org.demarche.events.EventEnvelope;
import org.demarche.platform.ServiceIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per service. The event id is inserted into
 * {@code processed_event} in the same transaction as the effect: if the effect fails, neither is
 * kept and the event will be retried; if the event comes again, the insert finds it and the
 * effect is skipped.
 */
public class EventInbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String consumer;

    public EventInbox(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ServiceIdentity service) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.consumer = service.name();
    }

    /**
     * Applies {@code effect} to the event unless this service already has.
     *
     * @return {@code true} if the effect ran now, {@code false} if the event was a duplicate
     */
    public boolean applyOnce(EventEnvelope<?> event, Runnable effect) {
        Boolean applied = transactions.execute(status -> CorrelationContext.with(event.correlationId(), () -> {
            if (!recordFirstDelivery(event)) {
                return false;
            }
            effect.run();
            return true;
        }));
        return Boolean.TRUE.equals(applied);
    }

    private boolean recordFirstDelivery(EventEnvelope<?> event) {
        int inserted = jdbc.sql("""
                        INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                        VALUES (:consumer, :id, :type, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("consumer", consumer)
                .param("id", event.id())
                .param("type", event.type())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return inserted == 1;
    }
}
