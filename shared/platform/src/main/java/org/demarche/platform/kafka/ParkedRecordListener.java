package org.demarche.platform.kafka;

import java.time.Clock;
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
 * partition is paused until then and the record is read again after: the consumer keeps polling,
 * and other retry partitions go on.
 */
class ParkedRecordListener implements AcknowledgingConsumerAwareMessageListener<Object, Object> {

    private final Object listener;
    private final TaskScheduler scheduler;
    private final Clock clock = Clock.systemUTC();
    private @Nullable MessageListenerContainer container;

    ParkedRecordListener(Object listener, TaskScheduler scheduler) {
        if (!(listener instanceof MessageListener<?, ?>) && !(listener instanceof BatchMessageListener<?, ?>)) {
            throw new IllegalArgumentException("cannot retry records for listener " + listener);
        }
        this.listener = listener;
        this.scheduler = scheduler;
    }

    void retryOn(MessageListenerContainer container) {
        this.container = container;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onMessage(ConsumerRecord<Object, Object> record, @Nullable Acknowledgment acknowledgment,
                          @Nullable Consumer<?, ?> consumer) {
        Instant due = ParkedPosition.of(record).map(ParkedPosition::due).orElse(Instant.MIN);
        boolean notDue = clock.instant().isBefore(due);
        if (notDue && container != null) {
            var partition = new TopicPartition(record.topic(), record.partition());
            MessageListenerContainer paused = container;
            paused.pausePartition(partition);
            scheduler.schedule(() -> paused.resumePartition(partition), due);
            throw new KafkaBackoffException("parked record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is due at " + due, partition, String.valueOf(paused.getListenerId()),
                    due.toEpochMilli());
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
