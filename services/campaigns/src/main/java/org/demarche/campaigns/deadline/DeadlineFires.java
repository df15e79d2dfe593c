package org.demarche.campaigns.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.demarche.campaigns.timeline.DeadlineKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit of deadline executions (table {@code deadline_fire}): which instance fired which
 * deadline when, and whether a deadline ever fired twice. Written in the transaction of the
 * step's work, so a row exists exactly when the work of that execution committed.
 */
@Repository
class DeadlineFires {

    private static final Logger log = LoggerFactory.getLogger(DeadlineFires.class);

    private final JdbcClient jdbc;

    DeadlineFires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one execution of a deadline; must run in the transaction of the step's work. */
    void record(DeadlineFire fire) {
        // read with a row lock rather than an upsert: the local stack's H2 knows no ON CONFLICT ... DO UPDATE.
        // Two first executions at once both insert; the unique key fails the second, whose work then
        // rolls back with it and is tried again (DeadlineJob), finding the step done.
        Optional<Integer> works = jdbc.sql("""
                        SELECT works FROM deadline_fire WHERE campaign_id = :id AND kind = :kind AND due_at = :dueAt
                        FOR UPDATE""")
                .params(fire.key()).query(Integer.class).optional();
        if (works.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO deadline_fire (campaign_id, kind, due_at, fired_at, fired_by, last_fired_at,
                                                       last_fired_by, executions, works, recoveries)
                            VALUES (:id, :kind, :dueAt, :at, :by, :at, :by, 1, :works, :recoveries)""")
                    .params(fire.key()).params(fire.counts()).update();
            return;
        }
        if (fire.worked() && works.get() > 0) {
            log.error("Deadline {} of campaign {} due {} did its work a second time ({})", fire.kind().wireName(),
                    fire.campaignId(), fire.dueAt(), fire.instance());
        }
        jdbc.sql("""
                        UPDATE deadline_fire SET executions = executions + 1, works = works + :works,
                            recoveries = recoveries + :recoveries, last_fired_at = :at, last_fired_by = :by
                        WHERE campaign_id = :id AND kind = :kind AND due_at = :dueAt""")
                .params(fire.key()).params(fire.counts()).update();
    }

    /** The audit of one deadline, if it fired. */
    public Optional<FireCount> of(UUID campaignId, DeadlineKind kind, Instant dueAt) {
        return jdbc.sql("""
                        SELECT fired_by, executions, works, recoveries FROM deadline_fire
                        WHERE campaign_id = :id AND kind = :kind AND due_at = :dueAt""")
                .param("id", campaignId).param("kind", kind.wireName()).param("dueAt", Timestamp.from(dueAt))
                .query((rs, row) -> new FireCount(rs.getString("fired_by"), rs.getInt("executions"),
                        rs.getInt("works"), rs.getInt("recoveries")))
                .optional();
    }

    /**
     * How often one deadline fired.
     *
     * @param firedBy    the Quartz instance of the first execution
     * @param executions how often its job ran to the end of the step
     * @param works      how often the step did its work: 1, or 0 if it was cancelled or done before
     * @param recoveries how many executions recovered a job from an instance that died
     */
    public record FireCount(String firedBy, int executions, int works, int recoveries) {
    }
}
