package org.demarche.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventCatalog;
import org.demarche.events.EventCodec;
import org.demarche.events.EventEnvelope;
import org.demarche.platform.ServiceIdentity;
import org.demarche.platform.inbox.CorrelationContext;
import org.demarche.platform.tracing.TraceContexts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where a service announces what happened. Must be called inside the transaction that makes the
 * change: the event is stored with it and relayed to Kafka after commit.
 */
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, partition_key, event_type, schema_version, source,
                                      occurred_at, correlation_id, payload, trace_parent)
            VALUES (:id, :topic, :key, :type, :version, :source, :time, :correlation, :payload, :trace)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final EventCodec codec;
    private final Clock clock;
    private final ServiceIdentity service;
    private final TraceContexts traces;
    private final Runnable afterCommit;

    Outbox(JdbcClient jdbc, NamedParameterJdbcTemplate batches, EventCodec codec, Clock clock, ServiceIdentity service,
           TraceContexts traces, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.codec = codec;
        this.clock = clock;
        this.service = service;
        this.traces = traces;
        this.afterCommit = afterCommit;
    }

    /**
     * Records the event for publication. Its correlation id is the one of the event being
     * processed on this thread, if any, so a chain of events can be followed end to end; the trace
     * of this thread's work is kept with it, and the relay sends it in that trace.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends DemarcheEvent> EventEnvelope<E> publish(E event) {
        return publishAll(List.of(event)).get(0);
    }

    /**
     * Records the events for publication, in this order, as {@link #publish} would one by one but
     * in one batch of inserts: a sender recording a batch of deliveries would otherwise wait for the
     * database once per event. Each is validated against its schema, as it would be alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends DemarcheEvent> List<EventEnvelope<E>> publishAll(List<E> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope<E>> envelopes = new ArrayList<>(events.size());
        MapSqlParameterSource[] rows = new MapSqlParameterSource[events.size()];
        String traceParent = traces.current().orElse(null);
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            UUID id = UUID.randomUUID();
            String correlationId = CorrelationContext.current().orElseGet(id::toString);
            var envelope = new EventEnvelope<>(id, service.eventSource(), clock.instant(), correlationId, event);
            byte[] json = codec.toJson(event);
            rows[i] = new MapSqlParameterSource()
                    .addValue("id", envelope.id())
                    .addValue("topic", envelope.topic())
                    .addValue("key", envelope.key())
                    .addValue("type", envelope.type())
                    .addValue("version", EventCatalog.versionOf(event.getClass()))
                    .addValue("source", envelope.source())
                    .addValue("time", Timestamp.from(envelope.time()))
                    .addValue("correlation", envelope.correlationId())
                    .addValue("payload", new String(json, StandardCharsets.UTF_8))
                    .addValue("trace", traceParent);
            envelopes.add(envelope);
        }
        if (rows.length == 1) { // most callers publish one event: a plain statement, no batch to set up
            jdbc.sql(INSERT).paramSource(rows[0]).update();
        } else {
            batches.batchUpdate(INSERT, rows);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Outbox.this.afterCommit.run();
            }
        });
        return envelopes;
    }
}
