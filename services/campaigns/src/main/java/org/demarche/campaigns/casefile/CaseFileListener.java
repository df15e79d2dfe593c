package org.demarche.campaigns.casefile;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Adds intake's rulings and resolutions to the case file, each once. */
@Component
class CaseFileListener {

    private final EventInbox inbox;
    private final CaseFile caseFile;

    CaseFileListener(EventInbox inbox, CaseFile caseFile) {
        this.inbox = inbox;
        this.caseFile = caseFile;
    }

    @KafkaListener(topics = {Topics.RULINGS, Topics.RESOLUTIONS})
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof RulingPublished ruling) {
                caseFile.add(ruling);
            } else if (event.payload() instanceof ResolutionAdopted resolution) {
                caseFile.add(resolution);
            } else {
                throw new IllegalArgumentException("not a case-file event: " + event.type());
            }
        });
    }
}
