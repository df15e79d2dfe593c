package org.demarche.platform.deadletter;

import java.time.Instant;

/**
 * One record a consumer group gave up on, as {@code GET /api/dead-letters} lists it.
 *
 * @param topic         the dead-letter topic
 * @param partition     its partition
 * @param offset        its offset there
 * @param key           the record's key (the aggregate it belongs to)
 * @param originalTopic the topic it was read from
 * @param group         the consumer group that gave up on it
 * @param eventType     the event's CloudEvents type, if it had one
 * @param eventId       the event's id, if it had one
 * @param reason        why it was given up on
 * @param deadLetteredAt when it was dead-lettered
 */
public record DeadLetter(String topic, int partition, long offset, String key, String originalTopic, String group,
                         String eventType, String eventId, String reason, Instant deadLetteredAt) {
}
