package org.demarche.dashboard.calendar;

import org.demarche.events.EventEnvelope;
import org.demarche.events.Topics;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every meeting's current state for the feeds. A consumer group of its own, beside the
 * campaign projection's, so that the feeds do not depend on how campaigns read meetings; its
 * writes set a state rather than add to one, so a redelivered event changes nothing that shows.
 */
@Component
class CalendarMeetingsListener {

    static final String GROUP = "dashboard-calendar";

    private final CalendarMeetings meetings;

    CalendarMeetingsListener(CalendarMeetings meetings) {
        this.meetings = meetings;
    }

    @KafkaListener(topics = Topics.MEETINGS, groupId = GROUP)
    @Transactional
    void on(EventEnvelope<?> event) {
        if (event.payload() instanceof MeetingScheduled m) {
            meetings.scheduled(m.meetingId(), m.title(), m.startsAt(), m.timeZone(), m.city(), m.participants(), event.time());
        } else if (event.payload() instanceof MeetingRescheduled m) {
            meetings.scheduled(m.meetingId(), m.title(), m.startsAt(), m.timeZone(), m.city(), m.participants(), event.time());
        } else if (event.payload() instanceof MeetingCancelled m) {
            meetings.cancelled(m.meetingId(), event.time());
        }
    }
}
