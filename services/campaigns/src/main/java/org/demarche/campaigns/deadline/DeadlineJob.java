package org.demarche.campaigns.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.platform.tracing.TraceContexts;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deadline falling due: hands the step to {@link DeadlineHandler} and records the execution in
 * the audit ({@link DeadlineFires}), both in one transaction. If the step fails (the database
 * briefly away, say), the job is tried again a little later rather than lost.
 *
 * <p>Quartz records the job done in a transaction of its own, after this one: an instance killed
 * between the two leaves the job in flight, and another instance runs it again
 * ({@code requestsRecovery}). That second run finds the step reached and does nothing but count
 * itself in the audit.
 *
 * <p>Not {@code @DisallowConcurrentExecution}: a deadline's job has one trigger, and two runs of it
 * at once (a recovery, a retry) are made safe by the database, not by Quartz — the step marks its
 * deadline reached only if it is still scheduled, a row the second run waits on and then finds
 * reached, and the audit row is locked or keyed. Quartz's blocking of a job's other triggers would
 * cost four statements under its trigger lock at every fire and two at every completion
 * (deadlines benchmark, docs/benchmarks.md).
 */
public class DeadlineJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final DeadlineHandler handler;
    private final DeadlineFires fires;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TraceContexts traces;
    private final DeadlineMeters meters;

    public DeadlineJob(DeadlineHandler handler, DeadlineFires fires, TransactionTemplate transactions, Clock clock,
                       TraceContexts traces, DeadlineMeters meters) {
        this.handler = handler;
        this.fires = fires;
        this.transactions = transactions;
        this.clock = clock;
        this.traces = traces;
        this.meters = meters;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        var data = context.getMergedJobDataMap();
        UUID campaignId = UUID.fromString(data.getString(DeadlineScheduler.CAMPAIGN));
        DeadlineKind kind = DeadlineKind.fromWireName(data.getString(DeadlineScheduler.KIND));
        Instant dueAt = dueAt(context);
        try {
            String instance = context.getScheduler().getSchedulerInstanceId();
            // in the trace of what scheduled it, so that the emails it causes are found from the meeting
            traces.continueFrom(data.getString(DeadlineScheduler.TRACE_PARENT), "deadline " + kind.wireName(), () -> {
                DeadlineFire fire = transactions.execute(status -> {
                    boolean worked = handler.deadlineReached(campaignId, kind);
                    var executed = new DeadlineFire(campaignId, kind, dueAt, clock.instant(), instance,
                            context.isRecovering(), worked);
                    fires.record(executed);
                    return executed;
                });
                if (fire.worked()) { // a step not taken says why where it is decided
                    meters.fired(kind, fire.dueAt(), fire.firedAt());
                    log.info("Deadline {} of campaign {} (due {}) reached", kind.wireName(), campaignId, dueAt);
                }
            });
        } catch (SchedulerException | RuntimeException e) {
            log.warn("Deadline {} of campaign {} failed, trying again in {}: {}", kind.wireName(), campaignId,
                    RETRY_AFTER, e.getMessage());
            retryLater(context);
        }
    }

    /** Jobs scheduled before the audit existed carry no due time; their trigger's first fire time is it. */
    private static Instant dueAt(JobExecutionContext context) {
        String dueAt = context.getMergedJobDataMap().getString(DeadlineScheduler.DUE_AT);
        return dueAt != null ? Instant.parse(dueAt) : context.getTrigger().getStartTime().toInstant();
    }

    private void retryLater(JobExecutionContext context) throws JobExecutionException {
        var retry = TriggerBuilder.newTrigger()
                .withIdentity(context.getTrigger().getKey())
                .forJob(context.getJobDetail())
                .startAt(Date.from(clock.instant().plus(RETRY_AFTER)))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            context.getScheduler().rescheduleJob(context.getTrigger().getKey(), retry);
        } catch (SchedulerException e) {
            throw new JobExecutionException("could not retry " + context.getJobDetail().getKey(), e, false);
        }
    }
}
