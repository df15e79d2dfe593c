package org.demarche.campaigns.casefile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.demarche.campaigns.casefile.HeldRecords.Hold;
import org.demarche.campaigns.casefile.HeldRecords.Status;
import org.demarche.campaigns.registry.CaseChanged;
import org.demarche.campaigns.registry.ApplicationNumbers;
import org.demarche.campaigns.registry.RegisteredCase;
import org.demarche.campaigns.registry.Registry;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which registered case each court record is about, when the record arrives and again when
 * a case is put, and learns the application numbers of the records it matches by name.
 *
 * <p>In one country, a record is about the cases that share one of its application numbers (entered
 * or learnt) or that a name match or a coordinator linked it to. Otherwise, when its case name names
 * the person of exactly one open case, it is linked to that case and its numbers are learnt; when it
 * names the persons of two or more (the same surname), it is held for a coordinator and cited by
 * nobody until attached. A number decides before a name: once a case learnt a record's numbers, a
 * namesake registered later does not make that record doubtful again — the letters already cite it,
 * partners may have signed them, and the number is the Court's own word for whose application it is.
 */
@Component
class CaseAttribution {

    private final CaseFile caseFile;
    private final CaseLinks links;
    private final HeldRecords held;
    private final Registry registry;
    private final ApplicationEventPublisher events;

    CaseAttribution(CaseFile caseFile, CaseLinks links, HeldRecords held, Registry registry,
                    ApplicationEventPublisher events) {
        this.caseFile = caseFile;
        this.links = links;
        this.held = held;
        this.registry = registry;
        this.events = events;
    }

    /** A record new to the case file, in its transaction: decided in each of its countries. */
    void arrived(CourtRecord record) {
        registry.lockCases(record.countries());
        Set<String> learners = new TreeSet<>();
        for (String country : record.countries()) {
            learners.addAll(new CountryDecisions(country).decide(List.of(record)));
        }
        learners.forEach(registry::announce);
    }

    /**
     * A case was put (the registry holds its countries' locks): a new case gets the records that name
     * its person, a changed one loses what was learnt about another person, and records held or
     * unmatched before are decided again.
     */
    @EventListener
    void caseChanged(CaseChanged change) {
        if (change.forgetsLearnt()) {
            links.forget(change.now().id());
        }
        Set<String> learners = new TreeSet<>();
        for (String country : change.countries()) {
            learners.addAll(new CountryDecisions(country).decide(caseFile.records(country)));
        }
        learners.remove(change.now().id()); // the registry announces the case it puts once it is done
        learners.forEach(registry::announce);
    }

    /**
     * Decides the records of the country again, announcing the cases that learnt numbers: once after
     * an upgrade, for the cases that were registered before the matching and the announcements
     * existed.
     *
     * @return whether a case learnt numbers
     */
    @Transactional
    boolean reconcile(String country) {
        registry.lockCases(List.of(country));
        Set<String> learners = new CountryDecisions(country).decide(caseFile.records(country));
        learners.forEach(registry::announce);
        return !learners.isEmpty();
    }

    /**
     * A coordinator attaches a held record to a case of its country: the case learns its numbers
     * (and may then settle other held records), and the drafts of the country cite it.
     *
     * @throws UnknownHeldRecordException  no such held record
     * @throws HeldRecordDecidedException  already attached or dismissed
     * @throws InvalidInputException       {@code caseId} missing, or not a case of the record's country
     */
    @Transactional
    Hold attach(UUID id, String caseId, String coordinator) {
        Hold hold = lockedAndWaiting(id);
        if (caseId == null || caseId.isBlank()) {
            throw InvalidInputException.of("caseId", "is required: one of " + String.join(", ", hold.candidates()));
        }
        RegisteredCase chosen = registry.registeredCase(caseId.strip())
                .filter(c -> c.country().equals(hold.country()))
                .orElseThrow(() -> InvalidInputException.of("caseId", "'" + caseId + "' is not a case of "
                        + hold.country() + "; the candidates are " + String.join(", ", hold.candidates())));
        CourtRecord record = caseFile.record(hold.recordId()).orElseThrow();
        held.decide(id, Status.ATTACHED, chosen.id(), coordinator);
        links.link(record.id(), chosen.id(), CaseLinks.How.COORDINATOR);
        Set<String> learners = new TreeSet<>();
        if (registry.learn(chosen.id(), record.applicationNos())) {
            learners.add(chosen.id());
        }
        // the numbers just learnt may settle other records held in the country
        learners.addAll(new CountryDecisions(hold.country()).settleHeld());
        learners.forEach(registry::announce);
        events.publishEvent(new CaseFileChanged(hold.country(), "a coordinator attached " + record.described()
                + " to case " + chosen.id()));
        return held.find(id).orElseThrow();
    }

    /** A coordinator says the held record is about none of the cases: it stays cited by nobody. */
    @Transactional
    Hold dismiss(UUID id, String coordinator) {
        lockedAndWaiting(id);
        held.decide(id, Status.DISMISSED, null, coordinator);
        return held.find(id).orElseThrow();
    }

    private Hold lockedAndWaiting(UUID id) {
        Hold found = held.find(id).orElseThrow(() -> new UnknownHeldRecordException(id));
        registry.lockCases(List.of(found.country()));
        Hold hold = held.find(id).orElseThrow();
        if (hold.status() != Status.HELD) {
            throw new HeldRecordDecidedException(hold);
        }
        return hold;
    }

    /** The decisions about one country's records, on its cases as they stand. */
    private final class CountryDecisions {

        private final String country;
        private final Map<UUID, Hold> holds;
        private final Set<String> learners = new TreeSet<>();
        private List<RegisteredCase> cases;
        private Map<UUID, Set<String>> linked;
        private Map<String, PersonName> persons;

        CountryDecisions(String country) {
            this.country = country;
            this.holds = held.inCountry(country);
            readCases();
        }

        /**
         * Decides each record, then, while that teaches cases numbers, the records held in the country:
         * a number just learnt may settle one held before.
         *
         * @return the cases that learnt numbers
         */
        Set<String> decide(List<CourtRecord> records) {
            List<CourtRecord> pending = records;
            while (!pending.isEmpty()) {
                int learnt = learners.size();
                pending.forEach(this::decide);
                pending = learners.size() > learnt ? stillHeld() : List.of();
            }
            return learners;
        }

        /** Decides again the records held in the country, e.g. after a coordinator's attachment taught numbers. */
        Set<String> settleHeld() {
            return decide(stillHeld());
        }

        private List<CourtRecord> stillHeld() {
            return holds.values().stream()
                    .filter(hold -> hold.status() == Status.HELD)
                    .map(hold -> caseFile.record(hold.recordId()))
                    .flatMap(Optional::stream)
                    .toList();
        }

        private void decide(CourtRecord record) {
            Hold hold = holds.get(record.id());
            boolean owned = cases.stream().anyMatch(c -> linked.getOrDefault(record.id(), Set.of()).contains(c.id())
                    || ApplicationNumbers.shareAny(c.applicationNos(), record.applicationNos()));
            if (owned || (hold != null && hold.status() == Status.DISMISSED)) {
                if (hold != null && hold.status() == Status.HELD) {
                    resolve(record);
                }
                return;
            }
            CaseName caseName = CaseName.of(record.caseName());
            List<String> named = cases.stream().filter(RegisteredCase::open)
                    .filter(c -> persons.containsKey(c.id()) && caseName.names(persons.get(c.id())))
                    .map(RegisteredCase::id)
                    .toList();
            if (named.size() > 1) {
                holds.put(record.id(), held.hold(record, country, named));
                return;
            }
            if (hold != null) {
                resolve(record);
            }
            if (named.size() == 1) {
                String caseId = named.get(0);
                links.link(record.id(), caseId, CaseLinks.How.NAME);
                linked.computeIfAbsent(record.id(), id -> new HashSet<>()).add(caseId);
                if (registry.learn(caseId, record.applicationNos())) {
                    learners.add(caseId);
                    readCases();
                }
            }
        }

        private void resolve(CourtRecord record) {
            held.resolve(record.id(), country);
            holds.remove(record.id());
        }

        private void readCases() {
            cases = registry.casesOf(country);
            linked = links.byRecord(cases.stream().map(RegisteredCase::id).toList());
            persons = new HashMap<>();
            cases.forEach(c -> PersonName.of(c.person()).ifPresent(name -> persons.put(c.id(), name)));
        }
    }
}
