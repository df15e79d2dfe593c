package org.demarche.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.demarche.events.Topics;
import org.demarche.platform.kafka.RetryTopics;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead letters of this service: records that one of its consumer groups gave up on, in the
 * dead-letter topics of the topics it consumes, and not replayed since.
 */
public class DeadLetters {

    private final KafkaListenerEndpointRegistry listeners;
    private final DeadLetterTopics topics;
    private final KafkaOperations<Object, Object> kafka;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadLetters(KafkaListenerEndpointRegistry listeners, DeadLetterTopics topics, KafkaOperations<Object, Object> kafka,
                JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.listeners = listeners;
        this.topics = topics;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Pending dead letters of this service's consumer groups, oldest first per partition. */
    public List<DeadLetter> pending() {
        return pendingRecords().stream().map(DeadLetterTopics.Pending::letter).toList();
    }

    /**
     * Pending dead letters of every consumer group, this service's or not: what an administrator
     * should look at anywhere in the platform.
     */
    public List<DeadLetter> pendingEverywhere() {
        Set<String> all = new LinkedHashSet<>();
        Topics.ALL.forEach(topic -> all.add(Topics.deadLetter(topic)));
        return topics.pending(all).stream().map(DeadLetterTopics.Pending::letter).toList();
    }

    /** The dead-letter topics this service's listeners may write to. */
    public Set<String> deadLetterTopics() {
        Set<String> deadLetterTopics = new LinkedHashSet<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] consumed = container.getContainerProperties().getTopics();
            if (consumed != null) {
                for (String topic : consumed) {
                    deadLetterTopics.add(Topics.deadLetter(topic));
                }
            }
        }
        return deadLetterTopics;
    }

    /**
     * Sends a pending dead letter back to the consumer group that gave up on it, through that
     * group's retry topic, and records who did it. The other services read the record from its
     * topic long ago; handing it to them again would only make them skip it, or, for a projection
     * that sets state, set an old one.
     *
     * @return the replayed dead letter, or empty if there is no pending one at that position
     * @throws AlreadyReplayedException if it was replayed before
     */
    public Optional<DeadLetter> replay(String topic, int partition, long offset, String by) {
        Optional<DeadLetterTopics.Pending> found = pendingRecords().stream()
                .filter(p -> p.letter().topic().equals(topic) && p.letter().partition() == partition
                        && p.letter().offset() == offset)
                .findFirst();
        if (found.isEmpty()) {
            if (replayedBefore(topic, partition, offset)) {
                throw new AlreadyReplayedException(topic, partition, offset);
            }
            return Optional.empty();
        }
        DeadLetterTopics.Pending pending = found.get();
        DeadLetter letter = pending.letter();
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            try {
                jdbc.sql("""
                        INSERT INTO dead_letter_replay (dead_letter_topic, dead_letter_partition, dead_letter_offset,
                            original_topic, consumer_group, event_id, event_type, replayed_by, replayed_at)
                        VALUES (:topic, :partition, :offset, :original, :group, :eventId, :eventType, :by, :at)
                        """)
                        .param("topic", topic).param("partition", partition).param("offset", offset)
                        .param("original", letter.originalTopic()).param("group", letter.group())
                        .param("eventId", letter.eventId()).param("eventType", letter.eventType())
                        .param("by", by).param("at", Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException e) {
                throw new AlreadyReplayedException(topic, partition, offset);
            }
            // the audit row commits only once the broker has both the replay and the marker; due at once by
            // the wall clock, which parked records are compared with (not the service's Clock, which tests move)
            send(RetryTopics.replay(pending.record(), letter.originalTopic(), pending.originalOffset(), letter.group(),
                    Instant.now()));
            var marker = new ProducerRecord<Object, Object>(topic, partition, letter.key(), new byte[0]);
            marker.headers().add(DeadLetterTopics.REPLAY_OF,
                    DeadLetterTopics.marker(partition, offset).getBytes(StandardCharsets.UTF_8));
            send(marker);
        });
        return Optional.of(letter);
    }

    private List<DeadLetterTopics.Pending> pendingRecords() {
        Set<String> groups = new LinkedHashSet<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            if (container.getGroupId() != null) {
                groups.add(container.getGroupId());
            }
        }
        return topics.pending(deadLetterTopics()).stream()
                .filter(p -> groups.contains(p.letter().group()))
                .toList();
    }

    private boolean replayedBefore(String topic, int partition, long offset) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM dead_letter_replay
                        WHERE dead_letter_topic = :topic AND dead_letter_partition = :partition
                          AND dead_letter_offset = :offset
                        """)
                .param("topic", topic).param("partition", partition).param("offset", offset)
                .query(Long.class).single() > 0;
    }

    private void send(ProducerRecord<Object, Object> record) {
        try {
            kafka.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not replay to " + record.topic(), e);
        }
    }

    /** The dead letter at that position was replayed already; see {@code dead_letter_replay}. */
    public static class AlreadyReplayedException extends RuntimeException {

        AlreadyReplayedException(String topic, int partition, long offset) {
            super("the dead letter " + topic + "/" + partition + "/" + offset + " was replayed already");
        }
    }
}
