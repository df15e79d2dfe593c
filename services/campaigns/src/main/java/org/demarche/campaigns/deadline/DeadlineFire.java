package org.demarche.campaigns.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.demarche.campaigns.timeline.DeadlineKind;

/**
 * One execution of a deadline's job, as the audit records it.
 *
 * @param instance   the Quartz instance that ran it
 * @param recovering whether Quartz ran it to recover the job from an instance that died
 * @param worked     whether the step did its work (false: cancelled, or done by an earlier execution)
 */
record DeadlineFire(UUID campaignId, DeadlineKind kind, Instant dueAt, Instant firedAt, String instance,
                    boolean recovering, boolean worked) {

    Map<String, Object> key() {
        return Map.of("id", campaignId, "kind", kind.wireName(), "dueAt", Timestamp.from(dueAt));
    }

    Map<String, Object> counts() {
        return Map.of("at", Timestamp.from(firedAt), "by", instance, "works", worked ? 1 : 0,
                "recoveries", recovering ? 1 : 0);
    }
}
