package org.demarche.intake.legal;

import java.time.Clock;
import java.util.UUID;

import org.demarche.events.legal.RulingPublished;
import org.demarche.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new ruling and announces it, in one transaction; a judgment entered twice is announced once. */
@Service
public class RulingRegistrar {

    private final Rulings rulings;
    private final Outbox outbox;
    private final Clock clock;

    RulingRegistrar(Rulings rulings, Outbox outbox, Clock clock) {
        this.rulings = rulings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Checks ruling facts as the API would and records them; for callers outside the API, such as
     * the demo.
     *
     * @return the id, new or of the same facts entered before
     */
    @Transactional
    public UUID enter(RulingRequest request) {
        return record(request.validate(InputChecks.latestDate(clock))).id();
    }

    /**
     * Checks the facts as the API would and records them, telling whether they were new; for
     * importers, which count duplicates.
     *
     * @throws org.demarche.platform.web.InvalidInputException naming every problem, before anything is stored
     */
    @Transactional
    public Recorded record(RulingRequest request) {
        return record(request.validate(InputChecks.latestDate(clock)));
    }

    @Transactional
    Recorded record(NewRuling ruling) {
        UUID id = UUID.randomUUID();
        if (!rulings.insertIfNew(id, ruling, clock.instant())) {
            UUID existing = rulings.idOf(ruling.court(), ruling.applicationNo(), ruling.judgmentDate())
                    .orElseThrow(() -> new IllegalStateException("a ruling conflicted with one that is not there"));
            return new Recorded(existing, false);
        }
        outbox.publish(new RulingPublished(id, ruling.court(), ruling.caseName(), ruling.applicationNo(),
                ruling.respondent(), ruling.judgmentDate(), ruling.articlesViolated(), ruling.summary(), ruling.url(),
                ruling.relatedApplicationNos(), ruling.otherRespondents(), ruling.kind()));
        return new Recorded(id, true);
    }
}
