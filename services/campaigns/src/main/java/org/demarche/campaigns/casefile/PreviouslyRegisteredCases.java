package org.demarche.campaigns.casefile;

import java.util.List;
import java.util.TreeSet;

import org.demarche.campaigns.registry.RegisteredCase;
import org.demarche.campaigns.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once after an upgrade, before the service listens: cases registered before court records were
 * matched the Court's way, and before CaseRegistered existed, are matched against the records already
 * in the case file and announced, so that intake learns the states of every open case without waiting
 * for a coordinator to touch one. Each country in one transaction, under its lock; a case announced
 * once is never announced here again.
 */
@Component
class PreviouslyRegisteredCases implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PreviouslyRegisteredCases.class);

    private final Registry registry;
    private final CaseAttribution attribution;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    PreviouslyRegisteredCases(Registry registry, CaseAttribution attribution, ApplicationEventPublisher events,
                              TransactionTemplate transactions) {
        this.registry = registry;
        this.attribution = attribution;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String country : new TreeSet<>(registry.unannouncedCases().stream().map(RegisteredCase::country)
                .toList())) {
            transactions.executeWithoutResult(status -> announce(country));
        }
    }

    void announce(String country) {
        attribution.reconcile(country); // takes the country's lock; announces the cases that learnt numbers
        List<RegisteredCase> unannounced = unannounced(country);
        unannounced.forEach(c -> registry.announce(c.id()));
        events.publishEvent(new CaseFileChanged(country,
                "court records matched to the country's cases by the Court's spelling of names"));
        log.info("Matched the case file of {} to its cases and announced those registered before CaseRegistered"
                + " existed", country);
    }

    private List<RegisteredCase> unannounced(String country) {
        return registry.unannouncedCases().stream().filter(c -> c.country().equals(country)).toList();
    }
}
