package org.demarche.intake.legal;

import java.time.Clock;
import java.util.UUID;

import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new resolution and announces it, in one transaction; a reference entered twice is announced once. */
@Service
public class ResolutionRegistrar {

    private final Resolutions resolutions;
    private final Outbox outbox;
    private final Clock clock;

    ResolutionRegistrar(Resolutions resolutions, Outbox outbox, Clock clock) {
        this.resolutions = resolutions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Checks resolution facts as the API would and records them; for callers outside the API, such as
     * the demo.
     *
     * @return the id, new or of the same facts entered before
     */
    @Transactional
    public UUID enter(ResolutionRequest request) {
        return record(request.validate(InputChecks.latestDate(clock))).id();
    }

    /**
     * Checks the facts as the API would and records them, telling whether they were new; for
     * importers, which count duplicates.
     *
     * @throws org.demarche.platform.web.InvalidInputException naming every problem, before anything is stored
     */
    @Transactional
    public Recorded record(ResolutionRequest request) {
        return record(request.validate(InputChecks.latestDate(clock)));
    }

    @Transactional
    Recorded record(NewResolution resolution) {
        UUID id = UUID.randomUUID();
        if (!resolutions.insertIfNew(id, resolution, clock.instant())) {
            UUID existing = resolutions.idOf(resolution.body(), resolution.reference())
                    .orElseThrow(() -> new IllegalStateException("a resolution conflicted with one that is not there"));
            return new Recorded(existing, false);
        }
        outbox.publish(new ResolutionAdopted(id, resolution.body(), resolution.reference(), resolution.adoptedOn(),
                resolution.respondent(), resolution.caseName(), resolution.applicationNo(), resolution.kind(),
                resolution.summary(), resolution.url(), resolution.relatedApplicationNos(),
                resolution.otherRespondents()));
        return new Recorded(id, true);
    }
}
