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
 * Adds intake's rulings and resolutions to the case file, each once, decides which case each is
 * about and announces a new one in the same transaction, so that the drafts about its countries
 * cite it.
 */
@Component
class CaseFileListener {

    private final EventInbox inbox;
    private final CaseFile caseFile;
    private final CaseAttribution attribution;
    private final ApplicationEventPublisher events;

    CaseFileListener(EventInbox inbox, CaseFile caseFile, CaseAttribution attribution,
                     ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.caseFile = caseFile;
        this.attribution = attribution;
        this.events = events;
    }

    @KafkaListener(topics = {Topics.RULINGS, Topics.RESOLUTIONS})
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof RulingPublished ruling) {
                if (caseFile.add(ruling)) {
                    String what = RulingPublished.INFRINGEMENT_JUDGMENT.equals(ruling.kind())
                            ? "a new judgment under Article 46 § 4: " : "a new judgment: ";
                    joined(caseFile.record(ruling.rulingId()).orElseThrow(), what + ruling.caseName() + " ("
                            + ruling.applicationNo() + ") of " + ruling.judgmentDate());
                }
            } else if (event.payload() instanceof ResolutionAdopted resolution) {
                if (caseFile.add(resolution)) {
                    joined(caseFile.record(resolution.resolutionId()).orElseThrow(), "a new " + resolution.kind()
                            + " of the " + resolution.body() + ": " + resolution.reference() + " of "
                            + resolution.adoptedOn());
                }
            } else {
                throw new IllegalArgumentException("not a case-file event: " + event.type());
            }
        });
    }

    private void joined(CourtRecord record, String what) {
        attribution.arrived(record);
        for (String country : record.countries()) {
            events.publishEvent(new CaseFileChanged(country, what));
        }
    }
}
