package org.demarche.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * {@code demarche.dead.letters}: the dead letters of this service's consumer groups that nobody
 * replayed yet, one gauge per dead-letter topic its listeners may write to. Registered once the
 * application has started, when the listener containers, and so those topics, are known.
 */
class DeadLetterMeters implements ApplicationListener<ApplicationStartedEvent> {

    private final DeadLetters deadLetters;
    private final PendingDeadLetters pending;
    private final ObjectProvider<MeterRegistry> registry;

    DeadLetterMeters(DeadLetters deadLetters, PendingDeadLetters pending, ObjectProvider<MeterRegistry> registry) {
        this.deadLetters = deadLetters;
        this.pending = pending;
        this.registry = registry;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        registry.ifUnique(this::bindTo);
    }

    void bindTo(MeterRegistry meters) {
        for (String topic : deadLetters.deadLetterTopics()) {
            Gauge.builder("demarche.dead.letters", pending, counts -> counts.byTopic().getOrDefault(topic, 0))
                    .description("Records this service's consumer groups gave up on and nobody replayed yet")
                    .tag("topic", topic)
                    .register(meters);
        }
    }
}
