package org.demarche.campaigns.casefile;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.platform.inbox.EventInbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Adds intake's rulings and resolutions to the case file, each once, and announces a new one in the
 * same transaction, so that the drafts about its country cite it.
 */
@Component
class CaseFileListener {

    private final EventInbox inbox;
    private final CaseFile caseFile;
    private final ApplicationEventPublisher events;

    CaseFileListener(EventInbox inbox, CaseFile caseFile, ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.caseFile = caseFile;
        this.events = events;
    }

    @KafkaListener(topics = {Topics.RULINGS, Topics.RESOLUTIONS})
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof RulingPublished ruling) {
                if (caseFile.add(ruling)) {
                    events.publishEvent(new CaseFileChanged(ruling.respondent(), "a new judgment: "
                            + ruling.caseName() + " (" + ruling.applicationNo() + ") of " + ruling.judgmentDate()));
                }
            } else if (event.payload() instanceof ResolutionAdopted resolution) {
                if (caseFile.add(resolution)) {
                    events.publishEvent(new CaseFileChanged(resolution.respondent(), "a new " + resolution.kind()
                            + " of the " + resolution.body() + ": " + resolution.reference() + " of "
                            + resolution.adoptedOn()));
                }
            } else {
                throw new IllegalArgumentException("not a case-file event: " + event.type());
            }
        });
    }
}
