package org.demarche.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.demarche.platform.PlatformProperties;
import org.demarche.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.KafkaBackoffException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.scheduling.TaskScheduler;

/**
 * A parked record's times are the service's clock's: parking dates it, a retry waits for it, and
 * the retries end when it says the failure has lasted long enough. A test moves the clock to a
 * retry instead of waiting for one.
 */
class ParkingOnTheClockTest {

    private static final Instant START = Instant.parse("2018-07-11T09:00:00Z");
    private static final PlatformProperties.Retry RETRY = new PlatformProperties.Retry(Duration.ofMillis(500), 2.0,
            Duration.ofMinutes(1), 2, Duration.ofMinutes(15));

    private final MutableClock clock = new MutableClock(START);
    private final List<ProducerRecord<Object, Object>> parked = new ArrayList<>();
    private final DeadLetterPublishingRecoverer deadLetters = mock(DeadLetterPublishingRecoverer.class);

    @AfterEach
    void forgetTheGroup() {
        KafkaUtils.clearConsumerGroupId();
    }

    @Test
    void parksARecordDueAfterItsWaitByTheServiceClock() {
        KafkaUtils.setConsumerGroupId("outreach");

        recoverer().accept(new ConsumerRecord<>("outreach", 2, 41, "key", "value"), new IllegalStateException("down"));

        var position = ParkedPosition.of(asConsumed(parked.get(0))).orElseThrow();
        assertThat(parked.get(0).topic()).isEqualTo(RetryTopics.of("outreach", "outreach"));
        assertThat(position.firstFailure()).isEqualTo(START);
        assertThat(position.due()).isEqualTo(START.plus(RETRY.parkedWait(1)));
        verify(deadLetters, never()).accept(any(ConsumerRecord.class), any(Exception.class));
    }

    @Test
    void givesUpOnceTheClockSaysTheFailureHasLastedLongEnough() {
        var again = parkedRecord(3, START.plusSeconds(30));

        clock.set(START.plus(RETRY.transientFor()).minusSeconds(1));
        recoverer().accept(again, new IllegalStateException("still down"));
        assertThat(parked).as("parked again a second before the window ends").hasSize(1);
        assertThat(ParkedPosition.of(asConsumed(parked.get(0))).orElseThrow().due())
                .isEqualTo(clock.instant().plus(RETRY.parkedWait(4)));

        clock.set(START.plus(RETRY.transientFor()));
        recoverer().accept(again, new IllegalStateException("still down"));
        assertThat(parked).as("not parked once the window has ended").hasSize(1);
        verify(deadLetters).accept(any(ConsumerRecord.class), any(Exception.class));
    }

    @Test
    void holdsARecordUntilTheClockReachesItsDueTimeWaitingOnlyTheTimeLeft() {
        Instant realNow = Instant.parse("2026-12-07T05:00:00Z");
        TaskScheduler scheduler = mock(TaskScheduler.class);
        when(scheduler.getClock()).thenReturn(Clock.fixed(realNow, ZoneOffset.UTC));
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        List<ConsumerRecord<Object, Object>> handled = new ArrayList<>();
        AcknowledgingConsumerAwareMessageListener<Object, Object> handler =
                (data, acknowledgment, consumer) -> handled.add(data);
        var listener = new ParkedRecordListener(handler, scheduler, clock);
        listener.retryOn(container);
        var record = parkedRecord(1, START.plusSeconds(2));

        assertThatThrownBy(() -> listener.onMessage(record, null, null)).isInstanceOf(KafkaBackoffException.class);
        var partition = new TopicPartition(record.topic(), record.partition());
        verify(container).pausePartition(partition);
        verify(scheduler).schedule(any(Runnable.class), eq(realNow.plusSeconds(2)));
        assertThat(handled).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        listener.onMessage(record, null, null);
        assertThat(handled).containsExactly(record);
    }

    private ParkingRecoverer recoverer() {
        @SuppressWarnings("unchecked")
        KafkaOperations<Object, Object> kafka = mock(KafkaOperations.class);
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            parked.add(call.getArgument(0));
            return CompletableFuture.completedFuture(null);
        });
        return new ParkingRecoverer(kafka, deadLetters, RETRY, clock);
    }

    /**
     * A record on the outreach group's retry topic, parked {@code attempt} times since {@link #START},
     * due at {@code due}.
     */
    private static ConsumerRecord<Object, Object> parkedRecord(int attempt, Instant due) {
        var original = new ConsumerRecord<Object, Object>("outreach", 2, 41, "key", "value");
        var position = new ParkedPosition("outreach", 2, 41, "outreach", START, attempt, due);
        var record = new ConsumerRecord<Object, Object>(RetryTopics.of("outreach", "outreach"), 2, 7, "key", "value");
        position.headersFor(original).forEach(header -> record.headers().add(header));
        return record;
    }

    private static ConsumerRecord<Object, Object> asConsumed(ProducerRecord<Object, Object> sent) {
        var record = new ConsumerRecord<>(sent.topic(), sent.partition(), 0, sent.key(), sent.value());
        sent.headers().forEach(header -> record.headers().add(header));
        return record;
    }
}
