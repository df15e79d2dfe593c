package org.demarche.campaigns.registry;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A case was put: the case file decides again which court records are about the countries' cases,
 * in the same transaction and before the drafts follow {@link RegistryChanged}. Published in-process
 * only, with the countries' cases locked ({@link Registry#lockCases}).
 *
 * @param before the case as it was; null for a new one
 * @param now    the case as it is now, with the application numbers it kept
 */
public record CaseChanged(RegisteredCase before, RegisteredCase now) {

    public CaseChanged {
        Objects.requireNonNull(now, "now");
    }

    /**
     * Whether what was learnt about the case no longer holds: another person or another country. A
     * new spelling of the same person counts as another person: matching starts again from it.
     */
    public boolean forgetsLearnt() {
        return before != null && !Registry.samePersonAndCountry(before, now);
    }

    /** The countries whose court records may now be about other cases: the case's, and the one it had. */
    public Set<String> countries() {
        Set<String> countries = new TreeSet<>(Set.of(now.country()));
        if (before != null) {
            countries.add(before.country());
        }
        return countries;
    }
}
