package org.demarche.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The first-email chain's Kafka path alone: a record produced to a first topic, consumed and
 * produced again to a second (campaigns' place), consumed from there (outreach's place); from
 * before the first send to the second poll that returns it. The clients keep their defaults, as
 * the services' do (acks=all, linger 5 ms; fetch.min.bytes 1, fetch.max.wait 500 ms); each record
 * carries its own send time, read in the same JVM.
 */
final class KafkaHops {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final int WARM_UP = 20;

    private KafkaHops() {
    }

    static FirstEmail.Latencies measure(String bootstrapServers, int replicationFactor, int records, double pace)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "bench.hop1." + run;
        String second = "bench.hop2." + run;
        ServiceStack.createTopics(bootstrapServers, List.of(first, second), replicationFactor);
        List<Duration> latencies = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        try (var producer = producer(bootstrapServers); var forwarding = producer(bootstrapServers);
             var middle = consumer(bootstrapServers, "bench-hop1-" + run, first);
             var last = consumer(bootstrapServers, "bench-hop2-" + run, second)) {
            awaitAssigned(middle);
            awaitAssigned(last);
            Thread forwarder = new Thread(() -> {
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> record : middle.poll(Duration.ofMillis(100))) {
                        forwarding.send(new ProducerRecord<>(second, record.key(), record.value()));
                    }
                }
            }, "kafka-hop-forwarder");
            forwarder.start();
            Thread receiver = new Thread(() -> {
                int received = 0;
                while (running.get() && latencies.size() < records) {
                    for (ConsumerRecord<String, byte[]> record : last.poll(Duration.ofMillis(100))) {
                        if (++received > WARM_UP) {
                            latencies.add(Duration.ofNanos(System.nanoTime() - ByteBuffer.wrap(record.value()).getLong()));
                        }
                    }
                }
            }, "kafka-hop-receiver");
            receiver.start();
            long period = Math.round(1e9 / pace);
            long next = System.nanoTime();
            // as the chain's warm-up: the first records pay for metadata and connections, unmeasured
            for (int i = 0; i < WARM_UP + records; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += period;
                byte[] value = ByteBuffer.allocate(Long.BYTES).putLong(System.nanoTime()).array();
                producer.send(new ProducerRecord<>(first, UUID.randomUUID().toString(), value));
            }
            receiver.join(PATIENCE.toMillis());
            running.set(false);
            forwarder.join(TimeUnit.SECONDS.toMillis(10));
            receiver.join(TimeUnit.SECONDS.toMillis(10));
        }
        return FirstEmail.Latencies.of(new ArrayList<>(latencies));
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, String group, String topic) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** Polls until the group has given the consumer its partitions (nothing is produced yet). */
    private static void awaitAssigned(KafkaConsumer<String, byte[]> consumer) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (consumer.assignment().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the baseline's consumer got no partition within " + PATIENCE);
            }
            consumer.poll(Duration.ofMillis(100));
        }
    }
}
