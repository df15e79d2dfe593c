package org.demarche.outreach.partnermail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the last few hundred answers of a pure function whose inputs repeat, for the parts of
 * a partner's email that are the same for every partner of a campaign. Bounded because the service
 * runs for months and meets new campaigns, drafts and language tags all along: the least recently
 * used entry goes first. An answer may be computed twice when two threads ask at once; both get
 * the same answer, so no lock is held while computing.
 */
final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** @param compute never returns null */
    V get(K key, Function<? super K, ? extends V> compute) {
        V known = entries.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.apply(key);
        entries.put(key, computed);
        return computed;
    }

    int size() {
        return entries.size();
    }
}
