package org.demarche.campaigns.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.demarche.campaigns.deadline.DeadlineScheduler;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Target;
import org.demarche.campaigns.timeline.CampaignPlan;
import org.demarche.campaigns.timeline.PlannedDeadline;
import org.demarche.events.Participant;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign rule: a meeting opens a campaign for each participant who is a registered target
 * and each other participant whose country has open cases. The letter is addressed to that
 * target and asks about that country's cases; its deadlines are planned and scheduled at once.
 */
@Component
public class CampaignOpener {

    private static final Logger log = LoggerFactory.getLogger(CampaignOpener.class);

    private final Registry registry;
    private final Campaigns campaigns;
    private final CampaignPlan plan;
    private final DeadlineScheduler scheduler;
    private final CampaignLetters letters;
    private final DraftRevisions revisions;
    private final Outbox outbox;
    private final Clock clock;

    CampaignOpener(Registry registry, Campaigns campaigns, CampaignPlan plan, DeadlineScheduler scheduler,
                   CampaignLetters letters, DraftRevisions revisions, Outbox outbox, Clock clock) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.plan = plan;
        this.scheduler = scheduler;
        this.letters = letters;
        this.revisions = revisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens the campaigns this meeting calls for; returns their ids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> meetingScheduled(MeetingScheduled meeting) {
        List<UUID> opened = new ArrayList<>();
        for (Participant host : meeting.participants()) {
            var target = registry.targetNamed(host.name(), host.country());
            if (target.isEmpty()) {
                continue;
            }
            for (Participant other : meeting.participants()) {
                if (other != host && !other.country().equals(host.country())
                        && !registry.openCases(other.country()).isEmpty()
                        && !campaigns.exists(meeting.meetingId(), target.get().id(), other.country())) {
                    opened.add(open(meeting, target.get(), other));
                }
            }
        }
        if (opened.isEmpty()) {
            log.info("Meeting {} opens no campaign: no registered target meets a country with open cases",
                    meeting.meetingId());
        }
        return opened;
    }

    private UUID open(MeetingScheduled meeting, Target target, Participant other) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        var provisional = new Campaign(id, meeting.meetingId(), target.id(), other.country(), meeting.title(),
                CampaignStatus.OPEN, meeting.title(), meeting.startsAt(), meeting.timeZone(), meeting.city(),
                other.name(), other.title() == null ? "" : other.title(), 1, now, letters.languageFor(target));
        List<PlannedDeadline> deadlines = plan.plan(provisional.meetingStart());
        campaigns.insert(provisional);
        campaigns.coordinator(id, meeting.enteredBy(), meeting.coordinatorEmail());
        for (PlannedDeadline deadline : deadlines) {
            campaigns.schedule(id, deadline.kind(), deadline.dueAt());
        }
        var first = revisions.first(provisional);
        String title = first.letter().title() == null ? meeting.title() : first.letter().title();
        campaigns.retitle(id, title);
        outbox.publish(new CampaignOpened(id, meeting.meetingId(), target.id(), other.country(), title,
                meeting.startsAt(), meeting.timeZone(), target.name()));
        outbox.publish(new DraftRevised(id, 1, first.text(), null, first.reason()));
        for (PlannedDeadline deadline : deadlines) {
            scheduler.schedule(id, deadline.kind(), deadline.dueAt());
            outbox.publish(new DeadlineScheduled(id, deadline.kind().wireName(), deadline.dueAt()));
        }
        log.info("Campaign {} opened: {} about {} for meeting {}", id, target.id(), other.country(), meeting.meetingId());
        return id;
    }
}
