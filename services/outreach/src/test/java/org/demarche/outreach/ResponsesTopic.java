package org.demarche.outreach;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventDeserializer;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.testsupport.KafkaEndpoint;

/**
 * Counts what outreach announced on {@code demarche.responses.v1} for one campaign, from the
 * beginning of the topic: how many events of a type each partner got, to tell "one each" from
 * "some twice".
 */
public final class ResponsesTopic {

    private ResponsesTopic() {
    }

    /**
     * Reads until {@code until} holds for the counts or {@code timeout} passes, then returns the
     * counts per partner id.
     */
    public static <E extends DemarcheEvent> Map<String, Integer> countPerPartner(KafkaEndpoint kafka, UUID campaignId,
            Class<E> type, Function<E, String> partnerOf, Predicate<Map<String, Integer>> until, Duration timeout) {
        return counts(idsPerPartner(kafka, campaignId, type, partnerOf, ids -> until.test(counts(ids)), timeout));
    }

    /**
     * Reads until {@code until} holds or {@code timeout} passes, then returns the ids of the events
     * (their envelopes' ids, one per record read) per partner id: an event relayed twice after a
     * crash comes twice under one id, and consumers that keep the ids they applied take it once.
     */
    public static <E extends DemarcheEvent> Map<String, List<UUID>> idsPerPartner(KafkaEndpoint kafka, UUID campaignId,
            Class<E> type, Function<E, String> partnerOf, Predicate<Map<String, List<UUID>>> until, Duration timeout) {
        Map<String, List<UUID>> ids = new HashMap<>();
        var deserializer = new EventDeserializer();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "responses-count-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RESPONSES));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !until.test(ids)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (!campaignId.toString().equals(record.key()) || record.value() == null) {
                        continue;
                    }
                    EventEnvelope<?> envelope = deserializer.deserialize(record.topic(), record.headers(), record.value());
                    if (type.isInstance(envelope.payload())) {
                        ids.computeIfAbsent(partnerOf.apply(type.cast(envelope.payload())), partner -> new ArrayList<>())
                                .add(envelope.id());
                    }
                }
            }
        }
        return ids;
    }

    private static Map<String, Integer> counts(Map<String, List<UUID>> ids) {
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach((partner, events) -> counts.put(partner, events.size()));
        return counts;
    }
}
