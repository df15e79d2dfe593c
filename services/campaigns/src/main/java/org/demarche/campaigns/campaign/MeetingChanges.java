package org.demarche.campaigns.campaign;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.demarche.campaigns.deadline.DeadlineScheduler;
import org.demarche.campaigns.timeline.CampaignPlan;
import org.demarche.campaigns.timeline.DeadlineKind;
import org.demarche.campaigns.timeline.PlannedDeadline;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moved meeting moves only the deadlines not yet reached: a step already done is never repeated
 * because the date changed; the draft follows the new date in a new version. A cancelled meeting pauses its campaigns and removes their pending
 * deadlines.
 */
@Component
public class MeetingChanges {

    private final Campaigns campaigns;
    private final CampaignPlan plan;
    private final DeadlineScheduler scheduler;
    private final DraftRevisions revisions;
    private final Outbox outbox;

    MeetingChanges(Campaigns campaigns, CampaignPlan plan, DeadlineScheduler scheduler, DraftRevisions revisions,
                   Outbox outbox) {
        this.campaigns = campaigns;
        this.plan = plan;
        this.scheduler = scheduler;
        this.revisions = revisions;
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void meetingRescheduled(MeetingRescheduled meeting) {
        if (meeting.enteredBy() != null || meeting.coordinatorEmail() != null) {
            // said again with every move; a producer that does not say it leaves what is known
            campaigns.coordinatorOfMeeting(meeting.meetingId(), meeting.enteredBy(), meeting.coordinatorEmail());
        }
        for (Campaign campaign : campaigns.ofMeeting(meeting.meetingId())) {
            if (!campaign.active()) {
                continue;
            }
            campaigns.meetingMoved(campaign.id(), meeting.title(), meeting.startsAt(), meeting.timeZone(), meeting.city());
            Set<DeadlineKind> done = EnumSet.noneOf(DeadlineKind.class);
            campaigns.deadlines(campaign.id()).stream().filter(Deadline::reached).forEach(d -> done.add(d.kind()));
            var start = meeting.startsAt().atZone(ZoneId.of(meeting.timeZone()));
            for (PlannedDeadline deadline : plan.plan(start, done)) {
                campaigns.schedule(campaign.id(), deadline.kind(), deadline.dueAt());
                scheduler.schedule(campaign.id(), deadline.kind(), deadline.dueAt());
                outbox.publish(new DeadlineScheduled(campaign.id(), deadline.kind().wireName(), deadline.dueAt()));
            }
            // the title names the meeting's date and the draft its planned publication date
            revisions.factsChanged(campaign.id(), "the meeting moved to " + meeting.city() + ", " + start);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void meetingCancelled(MeetingCancelled meeting) {
        for (Campaign campaign : campaigns.ofMeeting(meeting.meetingId())) {
            if (!campaign.active()) {
                continue;
            }
            pause(campaign.id(), "the meeting was cancelled"
                    + (meeting.reason() == null || meeting.reason().isBlank() ? "" : ": " + meeting.reason()));
        }
    }

    private void pause(UUID campaignId, String reason) {
        for (Deadline deadline : campaigns.deadlines(campaignId)) {
            if (Deadline.SCHEDULED.equals(deadline.status())) {
                scheduler.cancel(campaignId, deadline.kind());
            }
        }
        campaigns.cancelPendingDeadlines(campaignId);
        campaigns.status(campaignId, CampaignStatus.PAUSED);
        outbox.publish(new CampaignPaused(campaignId, reason));
    }
}
