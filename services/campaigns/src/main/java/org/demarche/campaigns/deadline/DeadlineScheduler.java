package org.demarche.campaigns.deadline;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.platform.tracing.TraceContexts;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;

/**
 * Puts a campaign's deadlines into Quartz. Called inside the transaction that changes the
 * campaign: the JDBC job store joins it, so the deadline and the change commit together.
 */
@Component
public class DeadlineScheduler {

    static final String GROUP = "deadlines";
    static final String CAMPAIGN = "campaignId";
    static final String KIND = "kind";
    /** The due time the job was scheduled for: the audit's key, which Quartz's own fire times are not (a retry moves them). */
    static final String DUE_AT = "dueAt";
    /** The trace of the work that scheduled it (a meeting entered, a coordinator's action): the step continues it. */
    static final String TRACE_PARENT = "traceParent";

    private final Scheduler scheduler;
    private final TraceContexts traces;

    DeadlineScheduler(Scheduler scheduler, TraceContexts traces) {
        this.scheduler = scheduler;
        this.traces = traces;
    }

    /** Schedules (or moves) the job of one step; the same campaign and step always has the same key. */
    public void schedule(UUID campaignId, DeadlineKind kind, Instant dueAt) {
        JobKey key = key(campaignId, kind);
        JobBuilder builder = JobBuilder.newJob(DeadlineJob.class);
        traces.current().ifPresent(traceParent -> builder.usingJobData(TRACE_PARENT, traceParent));
        JobDetail job = builder
                .withIdentity(key)
                .withDescription(kind.wireName() + " of campaign " + campaignId)
                .usingJobData(CAMPAIGN, campaignId.toString())
                .usingJobData(KIND, kind.wireName())
                .usingJobData(DUE_AT, dueAt.toString())
                // an instance killed while running the job: another instance runs it again (the step's
                // own check and the audit make that second run harmless)
                .requestRecovery()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key.getName(), GROUP)
                .forJob(job)
                .startAt(Date.from(dueAt))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not schedule " + key, e);
        }
    }

    /** Removes the job of one step, if it is still waiting. */
    public void cancel(UUID campaignId, DeadlineKind kind) {
        try {
            scheduler.deleteJob(key(campaignId, kind));
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not cancel " + key(campaignId, kind), e);
        }
    }

    /**
     * Holds the job of one step: it does not fire, even when due, until {@link #resume}d. Like
     * scheduling, it joins the transaction of the change.
     */
    public void pause(UUID campaignId, DeadlineKind kind) {
        try {
            scheduler.pauseJob(key(campaignId, kind));
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not pause " + key(campaignId, kind), e);
        }
    }

    /** Lets a held job fire again; one that fell due while held fires at once (its misfire instruction). */
    public void resume(UUID campaignId, DeadlineKind kind) {
        try {
            scheduler.resumeJob(key(campaignId, kind));
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not resume " + key(campaignId, kind), e);
        }
    }

    /** Whether the job of this step is held by {@link #pause}. */
    public boolean isPaused(UUID campaignId, DeadlineKind kind) {
        try {
            var trigger = new TriggerKey(key(campaignId, kind).getName(), GROUP);
            return scheduler.getTriggerState(trigger) == Trigger.TriggerState.PAUSED;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether Quartz holds a job for this step. */
    public boolean isScheduled(UUID campaignId, DeadlineKind kind) {
        try {
            return scheduler.checkExists(key(campaignId, kind));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobKey key(UUID campaignId, DeadlineKind kind) {
        return JobKey.jobKey(campaignId + ":" + kind.wireName(), GROUP);
    }
}
