package org.demarche.platform.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.GenericMessageListener;
import org.springframework.kafka.listener.KafkaBackoffException;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.scheduling.TaskScheduler;

/**
 * Hands a parked record, once due, to the listener of the container that parked it, as if it came
 * from its own topic (a batch listener gets a batch of one). Before it is due, the retry topic's
 * partition is paused for the time left and the record is read again after: the consumer keeps
 * polling, and other retry partitions go on.
 *
 * <p>Due is by the service's clock, the one that dated the parking. The pause is real waiting, for
 * the time that clock says is left: with the system clock, until the record is due; with a clock a
 * test moves, the record is looked at again after that long and taken once the test has moved the
 * clock to it, not before.
 */
class ParkedRecordListener implements AcknowledgingConsumerAwareMessageListener<Object, Object> {

    private final Object listener;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private @Nullable MessageListenerContainer container;

    ParkedRecordListener(Object listener, TaskScheduler scheduler, Clock clock) {
        if (!(listener instanceof MessageListener<?, ?>) && !(listener instanceof BatchMessageListener<?, ?>)) {
            throw new IllegalArgumentException("cannot retry records for listener " + listener);
        }
        this.listener = listener;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    void retryOn(MessageListenerContainer container) {
        this.container = container;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onMessage(ConsumerRecord<Object, Object> record, @Nullable Acknowledgment acknowledgment,
                          @Nullable Consumer<?, ?> consumer) {
        Instant due = ParkedPosition.of(record).map(ParkedPosition::due).orElse(Instant.MIN);
        Instant now = clock.instant();
        if (now.isBefore(due) && container != null) {
            var partition = new TopicPartition(record.topic(), record.partition());
            MessageListenerContainer paused = container;
            Instant resumeAt = scheduler.getClock().instant().plus(Duration.between(now, due));
            paused.pausePartition(partition);
            scheduler.schedule(() -> paused.resumePartition(partition), resumeAt);
            throw new KafkaBackoffException("parked record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is due at " + due, partition, String.valueOf(paused.getListenerId()),
                    resumeAt.toEpochMilli());
        }
        if (listener instanceof BatchMessageListener<?, ?>) {
            ((GenericMessageListener<List<ConsumerRecord<Object, Object>>>) listener)
                    .onMessage(List.of(record), acknowledgment, consumer);
        } else {
            ((GenericMessageListener<ConsumerRecord<Object, Object>>) listener)
                    .onMessage(record, acknowledgment, consumer);
        }
    }
}
