package org.demarche.campaigns.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.campaigns.deadline.DeadlineScheduler;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.CampaignResumed;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator can do to a running campaign by hand, as changes to its state, its Quartz
 * jobs and its events. Each runs inside the caller's transaction (the one that also records the
 * action in the audit log) and trusts the caller to have checked that the campaign allows it.
 */
@Component
public class CampaignControls {

    private final Campaigns campaigns;
    private final CampaignSteps steps;
    private final DeadlineScheduler scheduler;
    private final Outbox outbox;

    CampaignControls(Campaigns campaigns, CampaignSteps steps, DeadlineScheduler scheduler, Outbox outbox) {
        this.campaigns = campaigns;
        this.steps = steps;
        this.scheduler = scheduler;
        this.outbox = outbox;
    }

    /** The campaign, its row locked until the transaction ends, so that two actions apply one after the other. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Campaign> lock(UUID campaignId) {
        return campaigns.lock(campaignId);
    }

    /** Signing closes at {@code until} instead: the step, its job and the deadline partners are told all move. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveSignOnClose(UUID campaignId, Instant until) {
        campaigns.schedule(campaignId, DeadlineKind.SIGN_ON_CLOSES, until);
        scheduler.schedule(campaignId, DeadlineKind.SIGN_ON_CLOSES, until);
        outbox.publish(new DeadlineScheduled(campaignId, DeadlineKind.SIGN_ON_CLOSES.wireName(), until));
    }

    /**
     * Reminds every partner who has not answered now, as the reminder step does.
     *
     * @return the partners reminded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> remindPending(UUID campaignId, int reminderNumber) {
        return steps.remindPending(campaigns.find(campaignId).orElseThrow(), reminderNumber);
    }

    /**
     * Closes signing (unless closed already) and publishes the letter now, by the steps' own code
     * and in their order. The planned reminder, if still to come, no longer has a point and is
     * cancelled; the steps done are reached, so their jobs, removed here, would do nothing anyway.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishNow(UUID campaignId) {
        scheduler.cancel(campaignId, DeadlineKind.REMINDER);
        campaigns.cancelDeadline(campaignId, DeadlineKind.REMINDER);
        for (DeadlineKind kind : List.of(DeadlineKind.SIGN_ON_CLOSES, DeadlineKind.PUBLICATION)) {
            steps.deadlineReached(campaignId, kind);
            scheduler.cancel(campaignId, kind);
        }
    }

    /** Holds every pending deadline's job and sets the status paused. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pause(UUID campaignId, String reason) {
        for (Deadline deadline : campaigns.deadlines(campaignId)) {
            if (Deadline.SCHEDULED.equals(deadline.status())) {
                scheduler.pause(campaignId, deadline.kind());
            }
        }
        campaigns.status(campaignId, CampaignStatus.PAUSED);
        outbox.publish(new CampaignPaused(campaignId, reason));
    }

    /**
     * Restores the status the campaign had before the pause (the steps reached say which) and lets
     * its jobs fire again; a deadline that fell due while paused fires at once.
     *
     * @return the status restored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String resume(UUID campaignId, String reason) {
        List<Deadline> deadlines = campaigns.deadlines(campaignId);
        String status = statusFrom(deadlines);
        campaigns.status(campaignId, status);
        for (Deadline deadline : deadlines) {
            if (Deadline.SCHEDULED.equals(deadline.status())) {
                scheduler.resume(campaignId, deadline.kind());
            }
        }
        outbox.publish(new CampaignResumed(campaignId, status, reason));
        return status;
    }

    /** Asks outreach to withdraw the partner's links to the campaign. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeLink(UUID campaignId, String partnerId, String reason) {
        outbox.publish(new PartnerLinkRevoked(campaignId, partnerId, reason));
    }

    /** The status a campaign has between its steps: what the last step reached made of it. */
    static String statusFrom(List<Deadline> deadlines) {
        boolean requested = reached(deadlines, DeadlineKind.SIGN_ON_REQUESTS);
        boolean closed = reached(deadlines, DeadlineKind.SIGN_ON_CLOSES);
        if (reached(deadlines, DeadlineKind.PUBLICATION)) {
            return CampaignStatus.PUBLISHED;
        }
        if (closed) {
            return CampaignStatus.CLOSED_FOR_SIGNING;
        }
        return requested ? CampaignStatus.SIGNING : CampaignStatus.OPEN;
    }

    private static boolean reached(List<Deadline> deadlines, DeadlineKind kind) {
        return deadlines.stream().anyMatch(deadline -> deadline.kind() == kind && deadline.reached());
    }
}
