package org.demarche.campaigns.registry;

import java.util.Set;

/**
 * Something letters say changed in the registry: the drafts of the campaigns about these countries
 * or to these targets are brought up to date in the same transaction. Published in-process only.
 *
 * @param what      what changed, in words, e.g. "case ilgar-mammadov", for the draft's reason
 * @param countries countries of concern whose letters may read differently now
 * @param targetIds targets whose letters may read differently now
 */
public record RegistryChanged(String what, Set<String> countries, Set<String> targetIds) {

    public RegistryChanged {
        countries = Set.copyOf(countries);
        targetIds = Set.copyOf(targetIds);
    }
}
