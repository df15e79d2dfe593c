package org.demarche.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.platform.inbox.EventInbox;
import org.demarche.platform.kafka.DeadLetterReason;
import org.demarche.testsupport.KafkaTestClient;
import org.demarche.testsupport.RealInfrastructure;
import org.demarche.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = {"spring.application.name=dead-letters-test",
        "demarche.platform.retry.initial-interval=50ms", "demarche.platform.retry.max-interval=200ms",
        "demarche.platform.retry.max-retries=1", "demarche.platform.retry.transient-for=2s"})
@AutoConfigureMockMvc
@RealInfrastructure
class DeadLettersIT {

    private static final String DLT = Topics.deadLetter(Topics.MEETINGS);

    @Autowired
    MockMvc http;

    @Autowired
    KafkaTestClient events;

    @Autowired
    FixableListener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadLettersHealth health;

    @Autowired
    DeadLetterMeters deadLetterMeters;

    @Test
    void anInvalidRecordIsDeadLetteredAtOnceListedAndReplayedOnceFixed() throws Exception {
        UUID meeting = UUID.randomUUID();
        listener.refused.add(meeting);

        events.send(cancelled(meeting));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(meeting);
        assertThat(listener.attempts.get(meeting)).as("no retry for what can never succeed").hasValue(1);
        String position = "/api/dead-letters/" + DLT + "/" + dead.partition() + "/" + dead.offset();
        String listed = "$[?(@.key == '" + meeting + "')]";
        http.perform(get("/api/dead-letters").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(listed + ".offset").value(org.hamcrest.Matchers.contains((int) dead.offset())))
                .andExpect(jsonPath(listed + ".originalTopic").value(org.hamcrest.Matchers.contains(Topics.MEETINGS)))
                .andExpect(jsonPath(listed + ".group").value(org.hamcrest.Matchers.contains("dead-letters-test")))
                .andExpect(jsonPath(listed + ".eventType").value(org.hamcrest.Matchers.contains("org.demarche.MeetingCancelled")))
                .andExpect(jsonPath(listed + ".reason").value(org.hamcrest.Matchers.contains(
                        "IllegalArgumentException: meeting " + meeting + " cannot be handled by this version")));
        assertThat(health.health().getDetails().get("count")).isInstanceOf(Integer.class);
        assertThat((Integer) health.health().getDetails().get("count")).isPositive();
        var meters = new SimpleMeterRegistry();
        deadLetterMeters.bindTo(meters);
        assertThat(meters.get("demarche.dead.letters").tag("topic", DLT).gauge().value()).isPositive();

        http.perform(get("/api/dead-letters")).andExpect(status().isUnauthorized());
        http.perform(post("/api/dead-letters/" + DLT + "/x/1/replay").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("partition"));
        http.perform(post("/api/dead-letters/" + Topics.MEETINGS + "/0/1/replay").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topic"));
        http.perform(post("/api/dead-letters/" + DLT + "/" + dead.partition() + "/-1/replay").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offset"));
        http.perform(post("/api/dead-letters/" + DLT + "/" + dead.partition() + "/999999999/replay").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        listener.refused.remove(meeting); // the fix is deployed

        http.perform(post(position + "/replay").with(admin())).andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.containsKey(meeting));
        assertThat(listener.applied.get(meeting)).as("applied once").hasValue(1);
        assertThat(jdbc.sql("""
                        SELECT replayed_by FROM dead_letter_replay
                        WHERE dead_letter_topic = ? AND dead_letter_partition = ? AND dead_letter_offset = ?""")
                .params(DLT, dead.partition(), dead.offset()).query(String.class).single())
                .isEqualTo(TestAccounts.ADMIN);
        http.perform(get("/api/dead-letters").with(admin()))
                .andExpect(jsonPath(listed).isEmpty());
        http.perform(post(position + "/replay").with(admin())).andExpect(status().isConflict());
    }

    @Test
    void aTransientFailureThatOutlastsTheWindowIsDeadLetteredWithItsReason() {
        UUID meeting = UUID.randomUUID();
        listener.unreachable.add(meeting);

        events.send(cancelled(meeting));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(meeting);
        assertThat(new String(dead.headers().lastHeader(DeadLetterReason.HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("IllegalStateException: the registry is not reachable");
        assertThat(listener.attempts.get(meeting).get()).as("retried in place, then parked").isGreaterThan(2);
        assertThat(listener.applied).doesNotContainKey(meeting);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(UUID meeting) {
        return events.awaitRawRecords(DLT, r -> meeting.toString().equals(r.key())
                && r.headers().lastHeader(DeadLetterReason.HEADER) != null, 1, Duration.ofSeconds(30)).get(0);
    }

    private static RequestPostProcessor admin() {
        return httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD);
    }

    private static EventEnvelope<MeetingCancelled> cancelled(UUID meeting) {
        return EventEnvelope.of(new MeetingCancelled(meeting, "test"), "/test", Instant.parse("2018-07-10T08:00:00Z"), "c");
    }

    @TestConfiguration
    static class Listeners {

        @Bean
        FixableListener fixableListener(EventInbox inbox) {
            return new FixableListener(inbox);
        }
    }

    /** Refuses some meetings as a listener with a bug would, and fails others as one whose peer is away. */
    static class FixableListener {

        final Set<UUID> refused = ConcurrentHashMap.newKeySet();
        final Set<UUID> unreachable = ConcurrentHashMap.newKeySet();
        final ConcurrentHashMap<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UUID, AtomicInteger> applied = new ConcurrentHashMap<>();
        private final EventInbox inbox;

        FixableListener(EventInbox inbox) {
            this.inbox = inbox;
        }

        @KafkaListener(topics = Topics.MEETINGS)
        void on(EventEnvelope<?> event) {
            if (!(event.payload() instanceof MeetingCancelled cancelled)) {
                return;
            }
            UUID meeting = cancelled.meetingId();
            inbox.applyOnce(event, () -> {
                attempts.computeIfAbsent(meeting, key -> new AtomicInteger()).incrementAndGet();
                if (refused.contains(meeting)) {
                    throw new IllegalArgumentException("meeting " + meeting + " cannot be handled by this version");
                }
                if (unreachable.contains(meeting)) {
                    throw new IllegalStateException("the registry is not reachable");
                }
                applied.computeIfAbsent(meeting, key -> new AtomicInteger()).incrementAndGet();
            });
        }
    }
}
