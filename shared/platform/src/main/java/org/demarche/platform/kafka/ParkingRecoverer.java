package org.demarche.platform.kafka;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.demarche.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.SeekUtils;
import org.springframework.kafka.support.KafkaUtils;

/**
 * What happens to a record its listener gave up on: a permanent failure, or a transient one that
 * has lasted longer than {@code demarche.platform.retry.transient-for}, goes to the dead-letter
 * topic of the record's own topic; any other is parked on the consumer group's retry topic, same
 * partition, due after the next wait of the back-off curve. Parking is acknowledged by the broker
 * before the record counts as handled; if it fails, the error handler tries the record again.
 */
class ParkingRecoverer implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(ParkingRecoverer.class);

    private final KafkaOperations<Object, Object> kafka;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final PlatformProperties.Retry retry;
    /**
     * The service's clock: a record's first failure, when it is due again and when it has failed for
     * long enough are its times, so a test reaches a retry, or the end of the retries, by moving it.
     */
    private final Clock clock;

    ParkingRecoverer(KafkaOperations<Object, Object> kafka, DeadLetterPublishingRecoverer deadLetters,
                     PlatformProperties.Retry retry, Clock clock) {
        this.kafka = kafka;
        this.deadLetters = deadLetters;
        this.retry = retry;
        this.clock = clock;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        if (SeekUtils.isBackoffException(failure)) {
            throw (RuntimeException) failure; // a parked record not due yet: the error handler seeks back to it
        }
        Instant now = clock.instant();
        ParkedPosition position = ParkedPosition.of(record)
                .orElseGet(() -> ParkedPosition.firstFailure(record, KafkaUtils.getConsumerGroupId(), now));
        ConsumerRecord<?, ?> original = position.attempt() == 0 ? record : position.original(record);
        if (FailureKind.of(failure) == FailureKind.PERMANENT) {
            deadLetters.accept(original, failure);
            return;
        }
        if (!now.isBefore(position.firstFailure().plus(retry.transientFor()))) {
            log.warn("{}-{}@{} failed for {} and is dead-lettered: {}", position.topic(), position.partition(),
                    position.offset(), retry.transientFor(), DeadLetterReason.describe(failure));
            deadLetters.accept(original, failure);
            return;
        }
        park(record, position.next(now.plus(retry.parkedWait(position.attempt() + 1))), failure);
    }

    private void park(ConsumerRecord<?, ?> record, ParkedPosition position, Exception failure) {
        String retryTopic = RetryTopics.of(position.topic(), position.group());
        var parked = new ProducerRecord<Object, Object>(retryTopic, position.partition(), record.key(), record.value(),
                position.headersFor(record));
        try {
            kafka.send(parked).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record on " + retryTopic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park a record on " + retryTopic, e);
        }
        log.info("{}-{}@{} parked on {} (attempt {}, due {}): {}", position.topic(), position.partition(),
                position.offset(), retryTopic, position.attempt(), position.due(),
                DeadLetterReason.describe(failure));
    }
}
