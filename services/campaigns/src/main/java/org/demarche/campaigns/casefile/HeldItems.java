package org.demarche.campaigns.casefile;

import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.casefile.HeldRecords.Hold;
import org.demarche.campaigns.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * The coordinators' list of held court records, for the API and the console: each with the record
 * and the candidates' persons, and the two decisions a coordinator makes about one.
 */
@Component
class HeldItems {

    private final HeldRecords held;
    private final CaseAttribution attribution;
    private final CaseFile caseFile;
    private final Registry registry;

    HeldItems(HeldRecords held, CaseAttribution attribution, CaseFile caseFile, Registry registry) {
        this.held = held;
        this.attribution = attribution;
        this.caseFile = caseFile;
        this.registry = registry;
    }

    /** The records waiting for a coordinator, oldest first. */
    public List<HeldItem> waiting() {
        return held.waiting().stream().map(this::item).toList();
    }

    /**
     * The record is about this case: the case learns its numbers, the country's drafts cite it.
     *
     * @throws org.demarche.platform.web.InvalidInputException naming {@code caseId}: missing, or not a case
     *                                                         of the record's country
     * @throws org.springframework.web.ErrorResponseException 404 for an unknown id, 409 once decided
     */
    public HeldItem attach(UUID id, String caseId, String coordinator) {
        return item(attribution.attach(id, caseId, coordinator));
    }

    /** The record is about none of the cases: out of the list, cited by nobody. */
    public HeldItem dismiss(UUID id, String coordinator) {
        return item(attribution.dismiss(id, coordinator));
    }

    private HeldItem item(Hold hold) {
        CourtRecord record = caseFile.record(hold.recordId()).orElseThrow();
        List<HeldItem.Candidate> candidates = hold.candidates().stream()
                .map(id -> registry.registeredCase(id)
                        .map(c -> new HeldItem.Candidate(c.id(), c.person(), c.status()))
                        .orElseGet(() -> new HeldItem.Candidate(id, null, null)))
                .toList();
        return new HeldItem(hold.id(), hold.status().wireName(), hold.country(), hold.heldAt(),
                new HeldItem.CourtDocument(record.id(), record.type().wireName(), record.source(), record.reference(),
                        record.caseName(), record.applicationNos(), record.date(), record.kind(), record.url()),
                candidates, hold.caseId(), hold.decidedBy(), hold.decidedAt());
    }
}
