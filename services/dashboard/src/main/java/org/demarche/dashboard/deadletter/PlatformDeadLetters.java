package org.demarche.dashboard.deadletter;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.demarche.platform.deadletter.DeadLetter;

/**
 * {@code GET /api/dead-letters/all}: the pending dead letters of every service.
 *
 * @param count   how many
 * @param byGroup how many per consumer group (the service, or one of its listeners, that gave up)
 * @param pending the dead letters, as each service's {@code GET /api/dead-letters} lists them
 */
record PlatformDeadLetters(int count, Map<String, Integer> byGroup, List<DeadLetter> pending) {

    static PlatformDeadLetters of(List<DeadLetter> pending) {
        Map<String, Integer> byGroup = new TreeMap<>();
        pending.forEach(letter -> byGroup.merge(String.valueOf(letter.group()), 1, Integer::sum));
        return new PlatformDeadLetters(pending.size(), byGroup, pending);
    }
}
