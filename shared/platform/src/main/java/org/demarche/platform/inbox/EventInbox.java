package org.demarche.platform.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.demarche.events.EventEnvelope;
import org.demarche.platform.ServiceIdentity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per service. The event id is inserted into
 * {@code processed_event} in the same transaction as the effect: if the effect fails, neither is
 * kept and the event will be retried; if the event comes again, the insert finds it and the
 * effect is skipped.
 */
public class EventInbox {

    private static final String RECORD_FIRST_DELIVERY = """
            INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
            VALUES (:consumer, :id, :type, :at)
            ON CONFLICT DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String consumer;

    public EventInbox(JdbcClient jdbc, NamedParameterJdbcTemplate batches, TransactionTemplate transactions, Clock clock,
                      ServiceIdentity service) {
        this.jdbc = jdbc;
        this.batches = batches;
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

    /**
     * {@link #applyOnce(EventEnvelope, Runnable)} for a poll's worth of events, in their order and
     * in one transaction (the caller's, or a new one): their ids are recorded in one round trip to
     * the database instead of one each, then {@code effect} runs for each event seen for the first
     * time. An event twice in the list is applied once. If an effect fails, nothing of the batch is
     * kept.
     *
     * @return how many events were applied now
     */
    public int applyOnce(List<? extends EventEnvelope<?>> events, Consumer<EventEnvelope<?>> effect) {
        Integer applied = transactions.execute(status -> {
            int[] inserted = batches.batchUpdate(RECORD_FIRST_DELIVERY, events.stream()
                    .map(this::firstDelivery).toArray(MapSqlParameterSource[]::new));
            int count = 0;
            for (int i = 0; i < events.size(); i++) {
                if (firstTime(inserted[i])) {
                    EventEnvelope<?> event = events.get(i);
                    CorrelationContext.with(event.correlationId(), () -> {
                        effect.accept(event);
                        return null;
                    });
                    count++;
                }
            }
            return count;
        });
        return applied == null ? 0 : applied;
    }

    /** The drivers this runs on (PostgreSQL's, H2) report each statement's count in a batch; one that did not would break the rule. */
    private static boolean firstTime(int inserted) {
        if (inserted < 0) {
            throw new IllegalStateException("the JDBC driver did not report whether each event was new (batch count "
                    + inserted + "); the inbox cannot tell duplicates apart");
        }
        return inserted == 1;
    }

    private boolean recordFirstDelivery(EventEnvelope<?> event) {
        return jdbc.sql(RECORD_FIRST_DELIVERY).paramSource(firstDelivery(event)).update() == 1;
    }

    private MapSqlParameterSource firstDelivery(EventEnvelope<?> event) {
        return new MapSqlParameterSource("consumer", consumer)
                .addValue("id", event.id())
                .addValue("type", event.type())
                .addValue("at", Timestamp.from(clock.instant()));
    }
}
