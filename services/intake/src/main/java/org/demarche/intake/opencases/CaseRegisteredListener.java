package org.demarche.intake.opencases;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.registry.CaseRegistered;
import org.demarche.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the latest state of each case the registry announces, each event once. */
@Component
class CaseRegisteredListener {

    private final EventInbox inbox;
    private final RegisteredCases cases;

    CaseRegisteredListener(EventInbox inbox, RegisteredCases cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @KafkaListener(topics = Topics.REGISTRY)
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof CaseRegistered registered) {
                cases.keep(registered, event.time());
            }
        });
    }
}
