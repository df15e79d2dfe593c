package org.demarche.intake.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.demarche.intake.imports.WaitingForReview;
import org.demarche.intake.meeting.Coordinator;
import org.demarche.intake.meeting.MeetingRegistrar;
import org.demarche.intake.meeting.MeetingRequest;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar entries waiting for a coordinator, and what a coordinator does with one: give the
 * participants (and, if need be, the title, city, zone or start) so it becomes a meeting, or
 * dismiss it. Either way the entry stays linked, so importing the same file again changes nothing.
 */
@Service
public class ReviewQueue implements WaitingForReview {

    private final ReviewItems items;
    private final ImportedEntries entries;
    private final MeetingRegistrar meetings;
    private final Clock clock;

    ReviewQueue(ReviewItems items, ImportedEntries entries, MeetingRegistrar meetings, Clock clock) {
        this.items = items;
        this.entries = entries;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The coordinator's resolution: participants required, anything else left null keeps what the calendar said. */
    public record Decision(List<MeetingRequest.ParticipantRequest> participants, String title, String startsAt,
                           String timeZone, String city) {
    }

    /** Thrown for an item that is no longer pending. */
    public static class AlreadyResolvedException extends RuntimeException {
        AlreadyResolvedException(ReviewItem item) {
            super("Review item " + item.id() + " is " + item.status() + " already");
        }
    }

    public List<ReviewItem> pending() {
        return items.withStatus(ReviewItem.PENDING);
    }

    @Override
    public int waitingForReview() {
        return pending().size();
    }

    public Optional<ReviewItem> find(UUID id) {
        return items.find(id);
    }

    /**
     * Imports the entry as the coordinator completed it: the meeting is theirs.
     *
     * @return the new meeting's id, or empty when there is no such item
     * @throws InvalidInputException     when the completed meeting is not valid, naming the fields
     * @throws AlreadyResolvedException when the item was imported, dismissed or withdrawn already
     */
    @Transactional
    public Optional<UUID> resolve(UUID id, Decision decision, Coordinator coordinator) {
        Optional<ReviewItem> found = items.lock(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReviewItem item = found.get();
        if (!item.status().equals(ReviewItem.PENDING)) {
            throw new AlreadyResolvedException(item);
        }
        MeetingRequest request = new MeetingRequest(or(decision.title(), item.title()),
                or(decision.startsAt(), item.startsAt()), or(decision.timeZone(), item.timeZone()),
                or(decision.city(), item.city()), decision.participants());
        meetings.check(request);
        UUID meetingId = meetings.enter(request, coordinator);
        items.resolve(id, ReviewItem.IMPORTED, meetingId, clock.instant());
        entries.lock(item.uid(), item.occurrence()).ifPresent(entry -> entries.update(entry.uid(), entry.occurrence(),
                ImportedEntries.IMPORTED, meetingId, entry.sequence(), entry.fingerprint(), clock.instant()));
        return Optional.of(meetingId);
    }

    /** @return false when there is no such item */
    @Transactional
    public boolean dismiss(UUID id) {
        Optional<ReviewItem> found = items.lock(id);
        if (found.isEmpty()) {
            return false;
        }
        ReviewItem item = found.get();
        if (!item.status().equals(ReviewItem.PENDING)) {
            throw new AlreadyResolvedException(item);
        }
        items.resolve(id, ReviewItem.DISMISSED, null, clock.instant());
        entries.lock(item.uid(), item.occurrence()).ifPresent(entry -> entries.update(entry.uid(), entry.occurrence(),
                ImportedEntries.DISMISSED, null, entry.sequence(), entry.fingerprint(), clock.instant()));
        return true;
    }

    private static String or(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }
}
