package org.demarche.campaigns.campaign;

import java.util.Set;

import org.demarche.campaigns.casefile.CaseFileChanged;
import org.demarche.campaigns.registry.RegistryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A change in the registry or the case file brings the drafts it concerns up to date, in the
 * transaction of the change: the registry entry and the draft version that cites it commit (or
 * fail) together.
 */
@Component
class FactsChangedListener {

    private final Campaigns campaigns;
    private final DraftRevisions revisions;

    FactsChangedListener(Campaigns campaigns, DraftRevisions revisions) {
        this.campaigns = campaigns;
        this.revisions = revisions;
    }

    @EventListener
    void registryChanged(RegistryChanged change) {
        for (Campaign campaign : campaigns.withOpenLetters(change.countries(), change.targetIds())) {
            revisions.factsChanged(campaign.id(), "the registry changed: " + change.what());
        }
    }

    @EventListener
    void caseFileChanged(CaseFileChanged change) {
        for (Campaign campaign : campaigns.withOpenLetters(Set.of(change.country()), Set.of())) {
            revisions.factsChanged(campaign.id(), change.what());
        }
    }
}
