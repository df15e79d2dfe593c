package org.demarche.intake.meeting;

import java.time.Clock;
import java.util.UUID;

import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new meeting and announces it, in one transaction. */
@Service
public class MeetingRegistrar {

    private final Meetings meetings;
    private final Outbox outbox;
    private final Clock clock;

    MeetingRegistrar(Meetings meetings, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    UUID schedule(NewMeeting meeting) {
        UUID id = UUID.randomUUID();
        meetings.insert(id, meeting, clock.instant());
        outbox.publish(new MeetingScheduled(id, meeting.title(), meeting.startsAt(), meeting.time().zone().getId(),
                meeting.city(), meeting.participants()));
        return id;
    }
}
