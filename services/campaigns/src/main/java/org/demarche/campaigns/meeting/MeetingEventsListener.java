package org.demarche.campaigns.meeting;

import org.demarche.campaigns.campaign.CampaignOpener;
import org.demarche.campaigns.campaign.MeetingChanges;
import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies intake's meeting events, each once: the meeting is recorded and its campaigns follow it. */
@Component
class MeetingEventsListener {

    private final EventInbox inbox;
    private final KnownMeetings meetings;
    private final CampaignOpener opener;
    private final MeetingChanges changes;

    MeetingEventsListener(EventInbox inbox, KnownMeetings meetings, CampaignOpener opener, MeetingChanges changes) {
        this.inbox = inbox;
        this.meetings = meetings;
        this.opener = opener;
        this.changes = changes;
    }

    @KafkaListener(topics = Topics.MEETINGS)
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof MeetingScheduled scheduled) {
                meetings.scheduled(scheduled);
                opener.meetingScheduled(scheduled);
            } else if (event.payload() instanceof MeetingRescheduled rescheduled) {
                meetings.rescheduled(rescheduled);
                changes.meetingRescheduled(rescheduled);
            } else if (event.payload() instanceof MeetingCancelled cancelled) {
                meetings.cancelled(cancelled);
                changes.meetingCancelled(cancelled);
            } else {
                throw new IllegalArgumentException("not a meeting event: " + event.type());
            }
        });
    }
}
