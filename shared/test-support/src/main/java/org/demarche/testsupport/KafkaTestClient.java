package org.demarche.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventDeserializer;
import org.demarche.events.EventEnvelope;
import org.demarche.events.EventSerializer;

/**
 * Plays the other services in a test: publishes events as they would, and
 * waits for the events the service under test publishes. The one Kafka reader
 * of the tests: it waits for one event, for a set of events (to count them), for
 * raw records (a dead-letter topic), and reads a topic to its end.
 *
 * <p>Every wait reads its topic from the beginning in a consumer group of its
 * own, so it sees events published before it was called, and by earlier test
 * classes: match on ids the test created. Waits poll until a deadline; at the
 * deadline they read the whole topic once more, so that a wait fails only when
 * the topic really does not hold what it waits for (not because joining a group
 * took long on a busy machine), with an {@link AssertionError} listing what the
 * topic holds.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    /** Reading a topic to its end takes no waiting for anyone: only an upper bound for a broker that is gone. */
    private static final Duration READ_TO_END_TIMEOUT = Duration.ofSeconds(60);
    private static final int RECORDS_LISTED_ON_TIMEOUT = 20;

    private final KafkaEndpoint endpoint;
    private final EventSerializer serializer = new EventSerializer();
    private final EventDeserializer deserializer = new EventDeserializer();
    private KafkaProducer<String, byte[]> producer;

    public KafkaTestClient(KafkaEndpoint endpoint) {
        this.endpoint = requireNonNull(endpoint, "endpoint is required");
    }

    /** Publishes an event to its topic, keyed and with CloudEvents headers, and waits for the broker's acknowledgement. */
    public void send(EventEnvelope<?> envelope) {
        Headers headers = new RecordHeaders();
        byte[] value = serializer.serialize(envelope.topic(), headers, envelope);
        publish(new ProducerRecord<>(envelope.topic(), null, envelope.key(), value, headers));
    }

    /** Publishes any record, e.g. a malformed one, and waits for the broker's acknowledgement. */
    public void sendRaw(String topic, String key, byte[] value, Map<String, String> headers) {
        Headers recordHeaders = new RecordHeaders();
        if (headers != null) {
            headers.forEach((name, headerValue) -> recordHeaders.add(name, headerValue == null ? null : headerValue.getBytes(UTF_8)));
        }
        publish(new ProducerRecord<>(topic, null, key, value, recordHeaders));
    }

    /**
     * The first event on {@code topic} of the given type that matches, reading from the beginning;
     * records that are not readable events are skipped.
     *
     * @throws AssertionError when none is on the topic after {@code timeout}
     */
    public <E extends DemarcheEvent> EventEnvelope<E> awaitEvent(String topic, Class<E> type, Predicate<E> match,
            Duration timeout) {
        List<String> seen = new ArrayList<>();
        List<EventEnvelope<E>> found = new ArrayList<>();
        pollUntil(topic, timeout, record -> addIfMatching(readEvent(record, seen), type, match, found),
                () -> !found.isEmpty());
        if (found.isEmpty()) {
            seen.clear();
            readToEnd(topic).forEach(record -> addIfMatching(readEvent(record, seen), type, match, found));
        }
        if (found.isEmpty()) {
            throw new AssertionError("No " + type.getSimpleName() + " matching the expectation arrived on " + topic
                    + " within " + timeout + "; " + describe(seen));
        }
        return found.get(0);
    }

    /**
     * Waits until the events on {@code topic} of the given type that match satisfy {@code until}
     * (e.g. "one for each of the 40 partners"), then returns every such event the topic holds by
     * then, from the beginning and in order of partition and offset: an event published twice comes
     * twice, so a test can tell "one each" from "some twice".
     *
     * @throws AssertionError when the matching events do not satisfy {@code until} after {@code timeout}
     */
    public <E extends DemarcheEvent> List<EventEnvelope<E>> awaitEvents(String topic, Class<E> type,
            Predicate<E> match, Predicate<List<EventEnvelope<E>>> until, Duration timeout) {
        List<String> seen = new ArrayList<>();
        List<EventEnvelope<E>> found = new ArrayList<>();
        pollUntil(topic, timeout, record -> addIfMatching(readEvent(record, seen), type, match, found),
                () -> until.test(found));
        List<EventEnvelope<E>> onTopic = readEvents(topic, type, match);
        if (!until.test(onTopic)) {
            throw new AssertionError("The " + onTopic.size() + " " + type.getSimpleName() + " event(s) matching on "
                    + topic + " did not meet the expectation within " + timeout + "; " + describe(seen));
        }
        return onTopic;
    }

    /**
     * Every event of the given type that matches among those the topic holds now, in order of
     * partition and offset; see {@link #readToEnd(String)}. Records that are not readable events are skipped.
     */
    public <E extends DemarcheEvent> List<EventEnvelope<E>> readEvents(String topic, Class<E> type, Predicate<E> match) {
        List<EventEnvelope<E>> found = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        readToEnd(topic).forEach(record -> addIfMatching(readEvent(record, ignored), type, match, found));
        return found;
    }

    /**
     * The first {@code count} records on {@code topic}, reading from the beginning, as they are on the wire.
     *
     * @throws AssertionError when fewer are on the topic after {@code timeout}
     */
    public List<ConsumerRecord<String, byte[]>> awaitRawRecords(String topic, int count, Duration timeout) {
        return awaitRawRecords(topic, record -> true, count, timeout);
    }

    /**
     * The first {@code count} records on {@code topic} that match, reading from the beginning, as they
     * are on the wire: the records of other tests on the same topic pass by.
     *
     * @throws AssertionError when fewer that match are on the topic after {@code timeout}
     */
    public List<ConsumerRecord<String, byte[]>> awaitRawRecords(String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
        pollUntil(topic, timeout, record -> {
            if (match.test(record)) {
                received.add(record);
            }
        }, () -> received.size() >= count);
        if (received.size() < count) {
            received.clear();
            readToEnd(topic).stream().filter(match).forEach(received::add);
        }
        if (received.size() < count) {
            throw new AssertionError("Expected " + count + " record(s) on " + topic + " within " + timeout
                    + " but only " + received.size() + " arrived");
        }
        return List.copyOf(received.subList(0, count));
    }

    /**
     * Every record the topic holds now, partition by partition: what was published (and acknowledged)
     * before the call, and nothing that might still be on its way. Shows that something was
     * <em>not</em> published, once whatever would have published it is known to be done.
     */
    public List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TO_END_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TO_END_TIMEOUT);
            long deadline = System.nanoTime() + READ_TO_END_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end within " + READ_TO_END_TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL_TIMEOUT)) {
                    if (record.offset() < ends.get(new TopicPartition(topic, record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    /**
     * Waits until consumer group {@code group} (the service under test's) has read and committed
     * everything {@code topics} held at the call: what earlier test classes left on the topics that
     * its context had not read is taken in before the test goes on, not in the middle of it. A
     * partition the group never committed on counts as read up to its start.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when the group has not caught up after {@code timeout}
     */
    public void awaitConsumed(String group, Duration timeout, String... topics) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, READ_TO_END_TIMEOUT)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TO_END_TIMEOUT);
            // one thread: a KafkaConsumer must not be used from two
            await("group " + group + " to read " + String.join(", ", topics) + " to their end")
                    .atMost(timeout).pollInterval(POLL_TIMEOUT).pollInSameThread()
                    .until(() -> unread(consumer, ends), List::isEmpty);
        }
    }

    /** "rulings-0 at 3 of 5" for each partition the group's commits are behind {@code ends} on. */
    private static List<String> unread(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        var committed = consumer.committed(ends.keySet(), READ_TO_END_TIMEOUT);
        List<String> behind = new ArrayList<>();
        ends.forEach((partition, end) -> {
            var offset = committed.get(partition);
            long at = offset == null ? 0 : offset.offset();
            if (at < end) {
                behind.add(partition + " at " + at + " of " + end);
            }
        });
        return behind;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(SEND_TIMEOUT);
            producer = null;
        }
    }

    private void publish(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + record.topic() + " at " + endpoint.bootstrapServers(), e);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.CLIENT_ID_CONFIG, "demarche-test-client-" + UUID.randomUUID()),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /**
     * Reads {@code topic} from the beginning in a group of its own, handing each record to
     * {@code reader}, until {@code done} or the timeout.
     */
    private void pollUntil(String topic, Duration timeout, Consumer<ConsumerRecord<String, byte[]>> reader,
                           BooleanSupplier done) {
        try (KafkaConsumer<String, byte[]> consumer = subscribe(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.getAsBoolean() && System.nanoTime() < deadline) {
                consumer.poll(pollTimeout(deadline)).forEach(reader);
            }
        }
    }

    private KafkaConsumer<String, byte[]> subscribe(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoint.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "demarche-test-client-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static <E extends DemarcheEvent> void addIfMatching(EventEnvelope<?> envelope, Class<E> type,
                                                                Predicate<E> match, List<EventEnvelope<E>> found) {
        if (envelope != null && type.isInstance(envelope.payload()) && match.test(type.cast(envelope.payload()))) {
            @SuppressWarnings("unchecked") // the payload's type was just checked
            EventEnvelope<E> matching = (EventEnvelope<E>) envelope;
            found.add(matching);
        }
    }

    /** The event in {@code record}, or null after noting in {@code seen} why it is not one. */
    private EventEnvelope<?> readEvent(ConsumerRecord<String, byte[]> record, List<String> seen) {
        String position = record.partition() + "@" + record.offset();
        if (record.value() == null) {
            seen.add(position + " tombstone");
            return null;
        }
        try {
            EventEnvelope<?> envelope = deserializer.deserialize(record.topic(), record.headers(), record.value());
            seen.add(position + " " + envelope.payload());
            return envelope;
        } catch (RuntimeException unreadable) { // usually an InvalidEventException; a test client skips either
            seen.add(position + " unreadable: " + unreadable.getMessage());
            return null;
        }
    }

    private static String describe(List<String> seen) {
        if (seen.isEmpty()) {
            return "the topic had no records";
        }
        List<String> listed = seen.subList(0, Math.min(seen.size(), RECORDS_LISTED_ON_TIMEOUT));
        return "saw " + seen.size() + " other record(s) (partition@offset):\n  " + String.join("\n  ", listed)
                + (seen.size() > listed.size() ? "\n  ..." : "");
    }

    private static Duration pollTimeout(long deadline) {
        long remaining = Math.max(0, deadline - System.nanoTime());
        return Duration.ofNanos(Math.min(POLL_TIMEOUT.toNanos(), remaining));
    }
}
