package org.demarche.intake.meeting;

import java.time.Clock;
import java.util.UUID;

import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.platform.outbox.Outbox;
import org.demarche.intake.IntakeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores what coordinators say about a meeting and announces it, each change in one transaction. */
@Service
public class MeetingRegistrar {

    private static final Logger log = LoggerFactory.getLogger(MeetingRegistrar.class);
    private final Meetings meetings;
    private final Outbox outbox;
    private final Clock clock;
    private final IntakeProperties limits;

    MeetingRegistrar(Meetings meetings, Outbox outbox, Clock clock, IntakeProperties limits) {
        this.meetings = meetings;
        this.outbox = outbox;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Checks a meeting as the API would and schedules it; for callers outside the API, such as the
     * demo (entered by {@link Coordinator#NOBODY}) and calendar imports.
     */
    @Transactional
    public UUID enter(MeetingRequest request, Coordinator enteredBy) {
        return schedule(request.validate(limits), enteredBy);
    }

    /** Whether any meeting has been entered. */
    public boolean anyMeeting() {
        return !meetings.all().isEmpty();
    }

    /**
     * Checks a meeting as the API would, without storing anything: outside any transaction, a
     * refusal here leaves the caller's transaction usable.
     *
     * @throws org.demarche.platform.web.InvalidInputException naming every problem
     */
    public void check(MeetingRequest request) {
        request.validate(limits);
    }

    /** The meeting as it stands, for callers outside the API such as calendar imports. */
    public java.util.Optional<Meeting> find(UUID id) {
        return meetings.find(id);
    }

    /**
     * Checks a meeting as the API would and moves an existing one to it, exactly as {@code PUT}
     * does; for callers outside the API, such as calendar imports.
     *
     * @return {@code false} when nothing changed: nothing is stored or announced
     * @throws org.demarche.platform.web.InvalidInputException when the request is not a valid meeting
     * @throws MeetingCancelledException when the meeting was cancelled
     */
    @Transactional
    public boolean reschedule(UUID id, MeetingRequest request) {
        return reschedule(id, request.validate(limits));
    }

    @Transactional
    UUID schedule(NewMeeting meeting, Coordinator enteredBy) {
        UUID id = UUID.randomUUID();
        meetings.insert(id, meeting, enteredBy, clock.instant());
        outbox.publish(new MeetingScheduled(id, meeting.title(), meeting.startsAt(), meeting.time().zone().getId(),
                meeting.city(), meeting.participants(), enteredBy.username(), enteredBy.email()));
        log.info("Meeting {} entered: starts {}", id, meeting.startsAt());
        return id;
    }

    /**
     * Replaces what is known of the meeting and announces the change with the start it replaces.
     * The meeting stays the one its coordinator entered, whoever moves it: partners' replies keep
     * going to the person who knows it.
     *
     * @return {@code false} when {@code meeting} changes nothing: nothing is stored or announced
     * @throws UnknownMeetingException   when no meeting has this id
     * @throws MeetingCancelledException when the meeting was cancelled: a cancelled meeting stays so
     */
    @Transactional
    boolean reschedule(UUID id, NewMeeting meeting) {
        Meeting current = meetings.lockForChange(id).orElseThrow(() -> new UnknownMeetingException(id));
        if (current.isCancelled()) {
            throw new MeetingCancelledException(id);
        }
        if (current.isDescribedBy(meeting)) {
            return false;
        }
        meetings.update(id, meeting, clock.instant());
        outbox.publish(new MeetingRescheduled(id, meeting.title(), meeting.startsAt(), meeting.time().zone().getId(),
                meeting.city(), meeting.participants(), current.startsAtUtc(), current.enteredBy(),
                current.coordinatorEmail()));
        log.info("Meeting {} moved: starts {}", id, meeting.startsAt());
        return true;
    }

    /**
     * Cancels the meeting once; cancelling it again changes and announces nothing.
     *
     * @return {@code false} when the meeting was already cancelled
     * @throws UnknownMeetingException when no meeting has this id
     */
    @Transactional
    public boolean cancel(UUID id, String reason) {
        Meeting current = meetings.lockForChange(id).orElseThrow(() -> new UnknownMeetingException(id));
        if (current.isCancelled()) {
            return false;
        }
        meetings.cancel(id, reason, clock.instant());
        outbox.publish(new MeetingCancelled(id, reason));
        log.info("Meeting {} cancelled", id);
        return true;
    }
}
