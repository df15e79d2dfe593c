package org.demarche.campaigns.deadline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.demarche.testsupport.MutableClock;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Time for a test that moves the service's {@link MutableClock} instead of waiting for it.
 *
 * <p>Quartz fires by the machine's time, not by the application's {@code Clock}: a deadline due
 * days ahead by the clock waits days. Moving the clock here also fires the deadlines of the test's
 * campaign that the clock has reached: each trigger is scheduled again to fire now, with the same
 * key, job and job data (the due time the job reports), so the job runs as Quartz runs it at its
 * time, and reads the clock the test set. Only that campaign's: another one in the service (the
 * class's earlier tests', or one opened from an earlier class's meeting still on the topic) keeps
 * waiting for the machine's time, days away, instead of all firing at once and taking every
 * Quartz worker and connection. A paused deadline is left alone (pausing is the campaign's, not
 * the test's). Move one step at a time and wait for its effect before the next, as the days
 * between steps would.
 *
 * <p>{@code @Import(DeadlinesOnTheClock.Config.class)} gives a test's application a
 * {@link MutableClock} (now, to the second) as its {@code Clock}, and this to move it. The clock is
 * the class's own: each {@code @RealInfrastructure} class has a context of its own, closed after it.
 */
public final class DeadlinesOnTheClock {

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }

        @Bean
        DeadlinesOnTheClock deadlinesOnTheClock(MutableClock clock, Scheduler quartz) {
            return new DeadlinesOnTheClock(clock, quartz);
        }
    }

    private final MutableClock clock;
    private final Scheduler quartz;

    DeadlinesOnTheClock(MutableClock clock, Scheduler quartz) {
        this.clock = clock;
        this.quartz = quartz;
    }

    /**
     * Puts the clock at {@code at} (never back) and fires the deadlines of {@code campaignId} due by then.
     *
     * @return the deadlines fired, as Quartz names their jobs ({@code <campaign>:<step>})
     */
    public List<String> moveTo(UUID campaignId, Instant at) {
        if (at.isBefore(clock.instant())) {
            throw new IllegalArgumentException("the clock is at " + clock.instant() + ", after " + at);
        }
        clock.set(at);
        return fireDue(campaignId);
    }

    public MutableClock clock() {
        return clock;
    }

    /**
     * Fires the deadlines of {@code campaignId} due by the clock that Quartz still waits for, e.g. one
     * scheduled for "now" by an action.
     */
    public List<String> fireDue(UUID campaignId) {
        Date now = Date.from(clock.instant());
        String ofCampaign = campaignId + ":";
        List<String> fired = new ArrayList<>();
        try {
            for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(DeadlineScheduler.GROUP))) {
                if (!key.getName().startsWith(ofCampaign)) {
                    continue;
                }
                Trigger trigger = quartz.getTrigger(key);
                if (trigger == null || trigger.getNextFireTime() == null || trigger.getNextFireTime().after(now)
                        || quartz.getTriggerState(key) != Trigger.TriggerState.NORMAL) {
                    continue;
                }
                quartz.rescheduleJob(key, trigger.getTriggerBuilder().startNow().build());
                fired.add(key.getName());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not fire the deadlines of " + campaignId + " due by " + now, e);
        }
        return fired;
    }
}
