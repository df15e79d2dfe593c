package org.demarche.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.demarche.events.CloudEventHeaders;
import org.demarche.events.EventMetadata;
import org.demarche.platform.tracing.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed outbox rows to Kafka, oldest first. One background thread; it wakes when a
 * transaction that published commits, and polls in case another instance or a crash left rows
 * behind. Rows are deleted only after the broker acknowledged every event of the batch.
 *
 * <p>One relay at a time across the instances sharing the database: each batch transaction first
 * takes the relay's turn (a row of {@code outbox_relay_turn}, locked with {@code SKIP LOCKED}), and
 * an instance that finds it taken skips the round. Relays sending batches side by side would let a
 * later event of a campaign reach Kafka before an earlier one (OutboxRelaysOfTwoInstancesIT showed
 * it). A relay that dies loses the turn with its connection.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_FAILURE_PAUSE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaOperations<Object, Object> kafka;
    private final TraceContexts traces;
    private final Duration pollInterval;
    private final int batchSize;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private boolean workPending;
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaOperations<Object, Object> kafka,
                TraceContexts traces, Duration pollInterval, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.traces = traces;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
    }

    /** Asks the relay to look for work now rather than at the next poll. */
    public void wakeUp() {
        lock.lock();
        try {
            workPending = true;
            work.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Relays one batch in one transaction.
     *
     * @return the number of events sent
     */
    public int relayBatch() {
        Integer sent = transactions.execute(status -> {
            if (!takeTurn()) {
                return 0; // another instance is relaying; it or the next poll sends what is left
            }
            List<PendingEvent> batch = lockBatch();
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
            for (PendingEvent pending : batch) {
                // in the trace of the work that wrote it: the record's traceparent continues that trace
                acks.add(traces.continueFrom(pending.traceParent(), "outbox relay " + pending.type(),
                        () -> kafka.send(pending.record())));
            }
            try {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                        .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new OutboxRelayException("Kafka did not acknowledge " + batch.size() + " outbox events", e);
            }
            List<Long> positions = batch.stream().map(PendingEvent::position).toList();
            jdbc.sql("DELETE FROM outbox_event WHERE position IN (:positions)").param("positions", positions).update();
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }

    /** Relays until the outbox is empty, or until another instance has the relay's turn. */
    public void drain() {
        while (relayBatch() > 0) {
            // keep going
        }
    }

    /** Holds the relay's turn until this transaction ends, unless another instance holds it. */
    private boolean takeTurn() {
        return !jdbc.sql("SELECT id FROM outbox_relay_turn FOR UPDATE SKIP LOCKED").query(Integer.class).list().isEmpty();
    }

    private List<PendingEvent> lockBatch() {
        return jdbc.sql("""
                        SELECT position, event_id, topic, partition_key, event_type, schema_version, source,
                               occurred_at, correlation_id, payload, trace_parent
                        FROM outbox_event ORDER BY position
                        FETCH FIRST :limit ROWS ONLY FOR UPDATE
                        """)
                .param("limit", batchSize)
                .query((rs, row) -> new PendingEvent(
                        rs.getLong("position"),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("topic"),
                        rs.getString("partition_key"),
                        rs.getString("event_type"),
                        rs.getInt("schema_version"),
                        rs.getString("source"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("correlation_id"),
                        rs.getString("payload"),
                        rs.getString("trace_parent")))
                .list();
    }

    private void runLoop() {
        Duration failurePause = pollInterval;
        while (running) {
            try {
                if (relayBatch() == batchSize) {
                    continue;
                }
                failurePause = pollInterval;
                awaitWork(pollInterval);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Outbox relay failed, retrying in {}: {}", failurePause, e.getMessage());
                awaitWork(failurePause);
                failurePause = failurePause.multipliedBy(2).compareTo(MAX_FAILURE_PAUSE) > 0
                        ? MAX_FAILURE_PAUSE : failurePause.multipliedBy(2);
            }
        }
    }

    private void awaitWork(Duration timeout) {
        lock.lock();
        try {
            if (!workPending && running) {
                work.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            workPending = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::runLoop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(SEND_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the Kafka producer is ready and before it goes away. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private record PendingEvent(long position, UUID id, String topic, String key, String type, int version,
                                String source, java.time.Instant time, String correlationId, String payload,
                                String traceParent) {

        /**
         * The event as it was validated and stored by {@link Outbox#publish}: its bytes are sent as
         * they are, with its CloudEvents headers, rather than decoded and validated a second time.
         */
        ProducerRecord<Object, Object> record() {
            var record = new ProducerRecord<Object, Object>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8));
            CloudEventHeaders.write(record.headers(), new EventMetadata(id, type, source, time, correlationId, version));
            return record;
        }
    }
}
