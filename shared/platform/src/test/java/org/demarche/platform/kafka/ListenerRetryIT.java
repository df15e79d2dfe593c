package org.demarche.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.common.utils.Utils;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.platform.inbox.EventInbox;
import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;

@SpringBootTest(properties = {"spring.application.name=retry-test", "demarche.platform.retry.initial-interval=50ms",
        "demarche.platform.retry.max-interval=300ms", "demarche.platform.retry.max-retries=1",
        "demarche.platform.retry.transient-for=10m"})
@RealInfrastructure
class ListenerRetryIT {

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    FlakyListener listener;

    @Autowired
    KafkaTestClient events;

    @Test
    void retriesATransientFailureAndAppliesTheEventOnce() {
        UUID meeting = UUID.randomUUID();
        listener.failuresBeforeSuccess.put(meeting, new AtomicInteger(2));

        events.send(cancelled(meeting));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.containsKey(meeting));
        assertThat(listener.attempts.get(meeting)).hasValue(3);
        assertThat(listener.applied.get(meeting)).as("applied once").hasValue(1);
    }

    @Test
    void anOutageLongerThanTheRetriesInPlaceIsRetriedLaterWhileTheRestOfThePartitionMovesOn() {
        UUID meeting = UUID.randomUUID();
        listener.failuresBeforeSuccess.put(meeting, new AtomicInteger(Integer.MAX_VALUE));

        events.send(cancelled(meeting));

        // the test, not the clock, says when the registry is back: well after the two tries in place
        await().atMost(Duration.ofSeconds(60)).until(() -> listener.attempts.get(meeting).get() >= 8);
        assertThat(events.awaitRawRecords(RetryTopics.of(Topics.MEETINGS, "retry-test"),
                r -> meeting.toString().equals(r.key()), 1, Duration.ofSeconds(10))).isNotEmpty();
        UUID neighbour = samePartitionAs(meeting);
        listener.failuresBeforeSuccess.put(neighbour, new AtomicInteger(0));
        events.send(cancelled(neighbour));
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.containsKey(neighbour));
        assertThat(listener.applied).as("still failing").doesNotContainKey(meeting);

        listener.failuresBeforeSuccess.get(meeting).set(0);

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.containsKey(meeting));
        assertThat(listener.applied.get(meeting)).as("applied once").hasValue(1);
        assertThat(events.readToEnd(Topics.deadLetter(Topics.MEETINGS)))
                .noneMatch(r -> meeting.toString().equals(r.key()));
    }

    /** Another meeting whose events go to the same partition, where a blocking retry would hold them up. */
    private static UUID samePartitionAs(UUID meeting) {
        int partitions = 6;
        int partition = partitionOf(meeting, partitions);
        UUID other;
        do {
            other = UUID.randomUUID();
        } while (partitionOf(other, partitions) != partition);
        return other;
    }

    private static int partitionOf(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static EventEnvelope<MeetingCancelled> cancelled(UUID meeting) {
        return EventEnvelope.of(new MeetingCancelled(meeting, "test"), "/test", Instant.parse("2018-07-10T08:00:00Z"), "c");
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        FlakyListener flakyListener(EventInbox inbox) {
            return new FlakyListener(inbox);
        }
    }

    /** Fails a given number of times per meeting, as a listener whose database is briefly away would. */
    static class FlakyListener {

        final ConcurrentHashMap<UUID, AtomicInteger> failuresBeforeSuccess = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UUID, AtomicInteger> applied = new ConcurrentHashMap<>();
        private final EventInbox inbox;

        FlakyListener(EventInbox inbox) {
            this.inbox = inbox;
        }

        @KafkaListener(topics = Topics.MEETINGS)
        void on(EventEnvelope<?> event) {
            if (!(event.payload() instanceof MeetingCancelled cancelled)
                    || !failuresBeforeSuccess.containsKey(cancelled.meetingId())) {
                return;
            }
            UUID meeting = cancelled.meetingId();
            inbox.applyOnce(event, () -> {
                attempts.computeIfAbsent(meeting, key -> new AtomicInteger()).incrementAndGet();
                if (failuresBeforeSuccess.get(meeting).getAndDecrement() > 0) {
                    throw new IllegalStateException("the registry is not reachable");
                }
                applied.computeIfAbsent(meeting, key -> new AtomicInteger()).incrementAndGet();
            });
        }
    }
}
