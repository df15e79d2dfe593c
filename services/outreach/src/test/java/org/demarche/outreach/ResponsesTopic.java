package org.demarche.outreach;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.demarche.events.DemarcheEvent;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;

/**
 * Counts what outreach announced on {@code demarche.responses.v1} for one campaign, from the
 * beginning of the topic: how many events of a type each partner got, to tell "one each" from
 * "some twice".
 */
public final class ResponsesTopic {

    private ResponsesTopic() {
    }

    /**
     * Waits until {@code until} holds for the counts, then returns the counts per partner id of
     * every such event the topic holds.
     *
     * @throws AssertionError when {@code until} does not hold within {@code timeout}
     */
    public static <E extends DemarcheEvent> Map<String, Integer> countPerPartner(KafkaEndpoint kafka, UUID campaignId,
            Class<E> type, Function<E, String> partnerOf, Predicate<Map<String, Integer>> until, Duration timeout) {
        return counts(idsPerPartner(kafka, campaignId, type, partnerOf, ids -> until.test(counts(ids)), timeout));
    }

    /**
     * Waits until {@code until} holds, then returns the ids of the events (their envelopes' ids, one
     * per record) per partner id: an event relayed twice after a crash comes twice under one id, and
     * consumers that keep the ids they applied take it once.
     *
     * @throws AssertionError when {@code until} does not hold within {@code timeout}
     */
    public static <E extends DemarcheEvent> Map<String, List<UUID>> idsPerPartner(KafkaEndpoint kafka, UUID campaignId,
            Class<E> type, Function<E, String> partnerOf, Predicate<Map<String, List<UUID>>> until, Duration timeout) {
        try (var events = new KafkaTestClient(kafka)) {
            return byPartner(events.awaitEvents(Topics.RESPONSES, type,
                    event -> campaignId.toString().equals(event.partitionKey()),
                    found -> until.test(byPartner(found, partnerOf)), timeout), partnerOf);
        }
    }

    private static <E extends DemarcheEvent> Map<String, List<UUID>> byPartner(List<EventEnvelope<E>> events,
                                                                               Function<E, String> partnerOf) {
        Map<String, List<UUID>> ids = new HashMap<>();
        events.forEach(event -> ids.computeIfAbsent(partnerOf.apply(event.payload()), partner -> new ArrayList<>())
                .add(event.id()));
        return ids;
    }

    private static Map<String, Integer> counts(Map<String, List<UUID>> ids) {
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach((partner, events) -> counts.put(partner, events.size()));
        return counts;
    }
}
