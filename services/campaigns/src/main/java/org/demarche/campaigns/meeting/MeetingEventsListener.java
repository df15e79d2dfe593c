package org.demarche.campaigns.meeting;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies intake's meeting events, each once. */
@Component
class MeetingEventsListener {

    private final EventInbox inbox;
    private final KnownMeetings meetings;

    MeetingEventsListener(EventInbox inbox, KnownMeetings meetings) {
        this.inbox = inbox;
        this.meetings = meetings;
    }

    @KafkaListener(topics = Topics.MEETINGS)
    void on(EventEnvelope<?> event) {
        inbox.applyOnce(event, () -> {
            if (event.payload() instanceof MeetingScheduled scheduled) {
                meetings.scheduled(scheduled);
            } else if (event.payload() instanceof MeetingRescheduled rescheduled) {
                meetings.rescheduled(rescheduled);
            } else if (event.payload() instanceof MeetingCancelled cancelled) {
                meetings.cancelled(cancelled);
            } else {
                throw new IllegalArgumentException("not a meeting event: " + event.type());
            }
        });
    }
}
