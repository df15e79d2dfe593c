package org.demarche.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.demarche.events.EventEnvelope;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Each event applied once, one at a time or a poll's worth at a time, on PostgreSQL. */
@SpringBootTest(properties = "spring.application.name=inbox-test")
@RealInfrastructure
class EventInboxIT {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @Autowired
    EventInbox inbox;

    @Test
    void appliesABatchInOrderSkippingWhatWasAppliedAndRepeats() {
        var earlier = event("earlier");
        assertThat(inbox.applyOnce(earlier, () -> { })).isTrue();
        var first = event("first");
        var second = event("second");
        List<String> applied = new ArrayList<>();

        int count = inbox.applyOnce(List.of(first, earlier, second, first),
                event -> applied.add(((MeetingCancelled) event.payload()).reason()));

        assertThat(applied).containsExactly("first", "second");
        assertThat(count).isEqualTo(2);
        assertThat(inbox.applyOnce(second, () -> applied.add("again"))).as("recorded by the batch").isFalse();
        assertThat(inbox.applyOnce(List.of(first, second), event -> applied.add("again"))).isZero();
        assertThat(applied).containsExactly("first", "second");
    }

    @Test
    void keepsNothingOfABatchWhoseEffectFailed() {
        var fine = event("fine");
        var failing = event("failing");

        assertThatThrownBy(() -> inbox.applyOnce(List.of(fine, failing), event -> {
            if (event == failing) {
                throw new IllegalStateException("the effect failed");
            }
        })).hasMessage("the effect failed");

        List<String> applied = new ArrayList<>();
        inbox.applyOnce(List.of(fine, failing), event -> applied.add(((MeetingCancelled) event.payload()).reason()));
        assertThat(applied).as("both applied when tried again").containsExactly("fine", "failing");
    }

    @Test
    void runsEachEffectInItsEventsCorrelation() {
        var one = EventEnvelope.of(new MeetingCancelled(UUID.randomUUID(), "one"), "/test", NOW, "chain-1");
        var two = EventEnvelope.of(new MeetingCancelled(UUID.randomUUID(), "two"), "/test", NOW, "chain-2");
        List<String> seen = new ArrayList<>();

        inbox.applyOnce(List.of(one, two), event -> seen.add(CorrelationContext.current().orElse("none")));

        assertThat(seen).containsExactly("chain-1", "chain-2");
    }

    private static EventEnvelope<MeetingCancelled> event(String reason) {
        return EventEnvelope.of(new MeetingCancelled(UUID.randomUUID(), reason), "/test", NOW, null);
    }
}
