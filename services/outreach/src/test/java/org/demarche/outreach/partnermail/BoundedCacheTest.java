package org.demarche.outreach.partnermail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void computesEachAnswerOnceWhileItIsKept() {
        var cache = new BoundedCache<String, Integer>(4);
        var computed = new AtomicInteger();

        cache.get("fr", key -> computed.incrementAndGet());
        cache.get("fr", key -> computed.incrementAndGet());

        assertThat(computed).hasValue(1);
        assertThat(cache.get("fr", key -> -1)).isEqualTo(1);
    }

    @Test
    void forgetsTheLeastRecentlyUsedAnswerBeyondItsCapacity() {
        var cache = new BoundedCache<Integer, String>(3);
        cache.get(1, String::valueOf);
        cache.get(2, String::valueOf);
        cache.get(3, String::valueOf);
        cache.get(1, key -> "recomputed"); // 1 used last: 2 is now the eldest

        cache.get(4, String::valueOf);

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(1, key -> "recomputed")).isEqualTo("1");
        assertThat(cache.get(2, key -> "recomputed")).isEqualTo("recomputed");
    }

    @Test
    void staysWithinItsCapacityWhateverItIsAsked() {
        var cache = new BoundedCache<Integer, Integer>(256);

        for (int i = 0; i < 10_000; i++) {
            cache.get(i, key -> key);
        }

        assertThat(cache.size()).isEqualTo(256);
    }
}
