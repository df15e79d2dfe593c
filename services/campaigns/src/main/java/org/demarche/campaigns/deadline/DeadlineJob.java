package org.demarche.campaigns.deadline;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import org.demarche.campaigns.timeline.DeadlineKind;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A deadline falling due: hands the step to {@link DeadlineHandler}. If the step fails (the
 * database briefly away, say), the job is tried again a little later rather than lost.
 */
@DisallowConcurrentExecution
public class DeadlineJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final DeadlineHandler handler;
    private final Clock clock;

    public DeadlineJob(DeadlineHandler handler, Clock clock) {
        this.handler = handler;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        var data = context.getMergedJobDataMap();
        UUID campaignId = UUID.fromString(data.getString(DeadlineScheduler.CAMPAIGN));
        DeadlineKind kind = DeadlineKind.fromWireName(data.getString(DeadlineScheduler.KIND));
        try {
            handler.deadlineReached(campaignId, kind);
        } catch (RuntimeException e) {
            log.warn("Deadline {} of campaign {} failed, trying again in {}: {}", kind.wireName(), campaignId,
                    RETRY_AFTER, e.getMessage());
            retryLater(context);
        }
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
