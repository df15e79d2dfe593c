package org.demarche.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventCatalog;
import org.demarche.events.EventCodec;
import org.demarche.events.EventEnvelope;
import org.demarche.platform.ServiceIdentity;
import org.demarche.platform.inbox.CorrelationContext;
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

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final Clock clock;
    private final ServiceIdentity service;
    private final Runnable afterCommit;

    Outbox(JdbcClient jdbc, EventCodec codec, Clock clock, ServiceIdentity service, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
        this.service = service;
        this.afterCommit = afterCommit;
    }

    /**
     * Records the event for publication. Its correlation id is the one of the event being
     * processed on this thread, if any, so a chain of events can be followed end to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends DemarcheEvent> EventEnvelope<E> publish(E event) {
        UUID id = UUID.randomUUID();
        String correlationId = CorrelationContext.current().orElseGet(id::toString);
        var envelope = new EventEnvelope<>(id, service.eventSource(), clock.instant(), correlationId, event);
        byte[] json = codec.toJson(event);
        jdbc.sql("""
                INSERT INTO outbox_event (event_id, topic, partition_key, event_type, schema_version, source,
                                          occurred_at, correlation_id, payload)
                VALUES (:id, :topic, :key, :type, :version, :source, :time, :correlation, :payload)
                """)
                .param("id", envelope.id())
                .param("topic", envelope.topic())
                .param("key", envelope.key())
                .param("type", envelope.type())
                .param("version", EventCatalog.versionOf(event.getClass()))
                .param("source", envelope.source())
                .param("time", Timestamp.from(envelope.time()))
                .param("correlation", envelope.correlationId())
                .param("payload", new String(json, StandardCharsets.UTF_8))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                Outbox.this.afterCommit.run();
            }
        });
        return envelope;
    }
}
