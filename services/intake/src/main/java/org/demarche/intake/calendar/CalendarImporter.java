package org.demarche.intake.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.demarche.events.Participant;
import org.demarche.intake.IntakeProperties;
import org.demarche.intake.heads.ParticipantRecognition;
import org.demarche.intake.heads.ParticipantRecognition.Recogniser;
import org.demarche.intake.imports.ImportRuns;
import org.demarche.intake.meeting.Coordinator;
import org.demarche.intake.meeting.Meeting;
import org.demarche.intake.meeting.MeetingCancelledException;
import org.demarche.intake.meeting.MeetingRegistrar;
import org.demarche.intake.meeting.MeetingRequest;
import org.demarche.intake.meeting.MeetingRequest.ParticipantRequest;
import org.demarche.platform.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a calendar file: reads it (or refuses it when it is no calendar at all), skipping the
 * events it cannot read and those that cannot be meetings of leaders, then applies each entry in
 * a transaction of its own through {@link MeetingRegistrar}, so an imported move or cancellation
 * is announced exactly as {@code PUT} and {@code DELETE} announce it.
 *
 * <p>Per entry: a new one becomes a meeting, or waits for review when its participants or place
 * cannot be recognised; a known one whose SEQUENCE is not older and whose content changed moves
 * its meeting; a cancelled one (STATUS:CANCELLED, METHOD:CANCEL, or an occurrence that left its
 * series) cancels it. A meeting cancelled in Démarche stays cancelled, as {@code PUT} refuses to
 * move it; an entry that comes back with a higher SEQUENCE than the one that was cancelled is on
 * again and is scheduled as a new meeting, which is what {@code PUT}'s answer tells coordinators
 * to do.
 */
@Service
public class CalendarImporter {

    private static final Logger log = LoggerFactory.getLogger(CalendarImporter.class);
    private static final int PROGRESS_EVERY = 25;

    private final MeetingRegistrar meetings;
    private final ImportedEntries entries;
    private final ReviewItems reviews;
    private final ParticipantRecognition recognition;
    private final ImportRuns runs;
    private final CalendarProperties properties;
    private final IntakeProperties limits;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CalendarImporter(MeetingRegistrar meetings, ImportedEntries entries, ReviewItems reviews,
                     ParticipantRecognition recognition, ImportRuns runs, CalendarProperties properties,
                     IntakeProperties limits, TransactionTemplate transaction, Clock clock) {
        this.meetings = meetings;
        this.entries = entries;
        this.reviews = reviews;
        this.recognition = recognition;
        this.runs = runs;
        this.properties = properties;
        this.limits = limits;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A file read whole and ready to import, with the run that reports on it.
     *
     * @param enteredBy who asked for the import: the meetings it makes are theirs
     */
    public record ReadFile(UUID runId, CalendarReading.Result content, Coordinator enteredBy) {
    }

    /**
     * Reads the file and opens its run; nothing is imported yet.
     *
     * @param horizon how far ahead to expand recurrences; null for the configured horizon
     * @throws UnreadableCalendarException when the file is no calendar at all
     */
    public ReadFile read(byte[] file, Period horizon, String source, Coordinator enteredBy) {
        Period effective = horizon != null ? (horizon.isZero() ? null : horizon) : properties.horizonOrNull();
        CalendarReading.Result content = CalendarReading.read(IcsReader.read(file, properties), properties, effective,
                clock.instant(), leaderScreen());
        UUID runId = runs.start("ics", source, content.entries().size() + content.series().size());
        return new ReadFile(runId, content, enteredBy);
    }

    /** Meetings already imported are read whatever they name; the rest must name a leader or a country. */
    private LeaderScreen leaderScreen() {
        Recogniser recogniser = recognition.recogniser();
        Set<String> meetingUids = entries.uidsWithMeetings();
        return new LeaderScreen(meetingUids::contains, recogniser::namesLeaderOrCountry);
    }

    /** Applies every entry of a file read by {@link #read}, reporting progress on its run. */
    public ImportSummary importRead(ReadFile file) {
        try {
            ImportSummary summary = apply(file);
            runs.finish(file.runId(), summary);
            return summary;
        } catch (RuntimeException e) {
            runs.fail(file.runId(), e.getMessage());
            throw e;
        }
    }

    private ImportSummary apply(ReadFile file) {
        Tally tally = new Tally();
        Set<String> withdrawn = withdrawFromReview(file.content().notMeetingsOfLeaders());
        file.content().skipped().forEach(s -> tally.skip(s.uid(),
                withdrawn.contains(s.uid()) ? s.reason() + "; removed from the review queue" : s.reason()));
        Recogniser recogniser = recognition.recogniser();
        int processed = 0;
        for (CalendarEntry entry : file.content().entries()) {
            applySafely(entry.label(), tally, () -> apply(entry, recogniser, file.enteredBy()));
            progress(file.runId(), ++processed);
        }
        for (CalendarReading.Series series : file.content().series()) {
            for (ImportedEntries.ImportedEntry gone : entries.occurrencesOf(series.uid())) {
                if (leftTheSeries(gone, series)) {
                    String label = gone.uid() + " (" + gone.occurrence() + ")";
                    applySafely(label, tally, () -> removeOccurrence(gone, series));
                }
            }
            progress(file.runId(), ++processed);
        }
        return tally.summary(file.runId());
    }

    /**
     * Takes the entries of these UIDs out of the review queue, where imports made before it held
     * only possible meetings of leaders put them (a birthday calendar, thousands of them); returns
     * the UIDs that had some there.
     */
    private Set<String> withdrawFromReview(List<String> uids) {
        Set<String> waiting = entries.uidsInReview();
        Set<String> withdrawn = new HashSet<>();
        for (String uid : uids) {
            if (!waiting.contains(uid)) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> entries.inReview(uid).forEach(entry ->
                        entries.lock(uid, entry.occurrence()).filter(locked -> locked.state().equals(ImportedEntries.REVIEW))
                                .ifPresent(locked -> withdraw(uid, entry.occurrence()))));
                withdrawn.add(uid);
            } catch (DataAccessException e) {
                log.warn("Calendar entry {} could not be taken out of the review queue", uid, e);
            }
        }
        return withdrawn;
    }

    /** The entry leaves the review queue and is forgotten, so that a later version of it is new again. */
    private void withdraw(String uid, String occurrence) {
        reviews.of(uid, occurrence).filter(item -> item.status().equals(ReviewItem.PENDING))
                .ifPresent(item -> reviews.resolve(item.id(), ReviewItem.WITHDRAWN, null, clock.instant()));
        entries.delete(uid, occurrence);
    }

    private void progress(UUID runId, int processed) {
        if (processed % PROGRESS_EVERY == 0) {
            runs.progress(runId, processed);
        }
    }

    /** One entry's transaction; what goes wrong with it is reported and the import goes on. */
    private void applySafely(String label, Tally tally, java.util.function.Supplier<Outcome> work) {
        try {
            Outcome outcome = transaction.execute(status -> work.get());
            tally.count(label, outcome);
        } catch (InvalidInputException | MeetingCancelledException e) {
            tally.skip(label, e.getMessage());
        } catch (DataAccessException e) {
            log.warn("Calendar entry {} could not be stored", label, e);
            tally.skip(label, "could not be stored (" + e.getMostSpecificCause().getMessage()
                    + "); importing the file again retries it");
        }
    }

    private Outcome apply(CalendarEntry entry, Recogniser recogniser, Coordinator enteredBy) {
        Optional<ImportedEntries.ImportedEntry> known = entries.lock(entry.uid(), entry.occurrence());
        if (known.isEmpty()) {
            return fresh(entry, recogniser, enteredBy);
        }
        ImportedEntries.ImportedEntry stored = known.get();
        if (entry.sequence() < stored.sequence()) {
            return Outcome.skipped("SEQUENCE " + entry.sequence() + " is older than the version already imported ("
                    + stored.sequence() + ")");
        }
        if (entry.fingerprint().equals(stored.fingerprint())) {
            record(entry, stored.state(), stored.meetingId());
            return stored.state().equals(ImportedEntries.REVIEW) ? Outcome.FOR_REVIEW : Outcome.UNCHANGED;
        }
        return switch (stored.state()) {
            case ImportedEntries.IMPORTED -> changeMeeting(entry, stored, recogniser, enteredBy);
            case ImportedEntries.REVIEW -> changeHeld(entry, recogniser, enteredBy);
            default -> entry.sequence() > stored.sequence() ? fresh(entry, recogniser, enteredBy)
                    : Outcome.skipped("dismissed from the review queue by a coordinator");
        };
    }

    private Outcome fresh(CalendarEntry entry, Recogniser recogniser, Coordinator enteredBy) {
        if (entry.cancelled()) {
            return Outcome.skipped("cancelled in the calendar before it was imported");
        }
        if (entry.startsAt().isBefore(clock.instant())) {
            return Outcome.skipped("starts at " + entry.startsAt() + ", before now: a meeting that already took place "
                    + "is not imported");
        }
        return scheduleOrHold(entry, recogniser, false, enteredBy);
    }

    /** Schedules the entry as a meeting, or holds it for review when it cannot be imported by itself. */
    private Outcome scheduleOrHold(CalendarEntry entry, Recogniser recogniser, boolean known, Coordinator enteredBy) {
        List<Participant> participants = participantsOf(entry, recogniser);
        String reason = reviewReason(entry, participants);
        if (reason == null) {
            try {
                MeetingRequest request = request(entry, participants, entry.city());
                meetings.check(request);
                UUID meetingId = meetings.enter(request, enteredBy);
                reviews.of(entry.uid(), entry.occurrence()).filter(item -> item.status().equals(ReviewItem.PENDING))
                        .ifPresent(item -> reviews.resolve(item.id(), ReviewItem.IMPORTED, meetingId, clock.instant()));
                save(entry, ImportedEntries.IMPORTED, meetingId, known);
                return Outcome.CREATED;
            } catch (InvalidInputException e) {
                reason = e.getMessage();
            }
        }
        reviews.hold(entry, titleOf(entry, participants), participants, reason, clock.instant());
        save(entry, ImportedEntries.REVIEW, null, known);
        return Outcome.FOR_REVIEW;
    }

    private Outcome changeHeld(CalendarEntry entry, Recogniser recogniser, Coordinator enteredBy) {
        if (entry.cancelled()) {
            withdraw(entry.uid(), entry.occurrence());
            return Outcome.skipped("cancelled in the calendar while waiting for review; removed from the review queue");
        }
        return scheduleOrHold(entry, recogniser, true, enteredBy);
    }

    private Outcome changeMeeting(CalendarEntry entry, ImportedEntries.ImportedEntry stored, Recogniser recogniser,
                                  Coordinator enteredBy) {
        Meeting meeting = meetings.find(stored.meetingId()).orElseThrow(() ->
                new IllegalStateException("calendar entry " + entry.label() + " points to a missing meeting"));
        if (entry.cancelled()) {
            boolean cancelled = meetings.cancel(meeting.id(), "cancelled in the calendar (" + entry.label() + ")");
            record(entry, ImportedEntries.IMPORTED, meeting.id());
            return cancelled ? Outcome.CANCELLED : Outcome.UNCHANGED;
        }
        if (meeting.isCancelled()) {
            if (entry.sequence() > stored.sequence()) {
                return scheduleOrHold(entry, recogniser, true, enteredBy);
            }
            return Outcome.skipped("meeting " + meeting.id() + " was cancelled and stays so; a calendar entry that is on "
                    + "again needs a higher SEQUENCE, and then becomes a new meeting");
        }
        List<Participant> participants = participantsOf(entry, recogniser);
        if (participants.size() < limits.minParticipants()) {
            participants = meeting.participants(); // as a coordinator gave them when it was reviewed
        }
        boolean moved = meetings.reschedule(meeting.id(), request(entry, participants,
                entry.city() != null ? entry.city() : meeting.city()));
        record(entry, ImportedEntries.IMPORTED, meeting.id());
        return moved ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** An occurrence the file no longer has, within the window it covers, or of a series cancelled whole. */
    private static boolean leftTheSeries(ImportedEntries.ImportedEntry known, CalendarReading.Series series) {
        if (series.occurrences().contains(known.occurrence()) || known.sequence() > series.sequence()
                || known.state().equals(ImportedEntries.DISMISSED)) {
            return false;
        }
        return series.cancelled() || !known.originalStart().isBefore(series.from())
                && (series.to() == null || !known.originalStart().isAfter(series.to()));
    }

    private Outcome removeOccurrence(ImportedEntries.ImportedEntry gone, CalendarReading.Series series) {
        Optional<ImportedEntries.ImportedEntry> locked = entries.lock(gone.uid(), gone.occurrence());
        if (locked.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        String why = series.cancelled() ? "series cancelled in the calendar" : "removed from its recurring series in the calendar";
        if (locked.get().state().equals(ImportedEntries.REVIEW)) {
            withdraw(gone.uid(), gone.occurrence());
            return Outcome.skipped(why + " while waiting for review; removed from the review queue");
        }
        boolean cancelled = meetings.cancel(locked.get().meetingId(), why + " (" + gone.uid() + " " + gone.occurrence() + ")");
        return cancelled ? Outcome.CANCELLED : Outcome.UNCHANGED;
    }

    private List<Participant> participantsOf(CalendarEntry entry, Recogniser recogniser) {
        if (entry.explicitParticipants() != null) {
            return entry.explicitParticipants();
        }
        return recogniser.participants(entry.title() == null ? "" : entry.title(), entry.attendees());
    }

    private String reviewReason(CalendarEntry entry, List<Participant> participants) {
        if (entry.participantsProblem() != null) {
            return entry.participantsProblem();
        }
        if (participants.size() < limits.minParticipants()) {
            String found = participants.isEmpty() ? "no participant recognised"
                    : "only " + participants.stream().map(Participant::name).collect(Collectors.joining(", ")) + " recognised";
            return found + " in the title or attendees; a meeting needs at least " + limits.minParticipants()
                    + " (add them to the heads-of-state list, or give them here)";
        }
        if (entry.city() == null) {
            return "the event has no LOCATION: the meeting's city is needed";
        }
        return null;
    }

    /** Also what a reviewed entry becomes, with the coordinator's participants, city or zone. */
    MeetingRequest request(CalendarEntry entry, List<Participant> participants, String city) {
        List<ParticipantRequest> people = participants.stream()
                .map(p -> new ParticipantRequest(p.name(), p.title(), p.country())).toList();
        return new MeetingRequest(titleOf(entry, participants), entry.localStart().toString(), entry.zone().getId(),
                city, people);
    }

    private String titleOf(CalendarEntry entry, List<Participant> participants) {
        String title = entry.title();
        if (title == null) {
            title = participants.isEmpty() ? "Untitled meeting"
                    : participants.stream().map(Participant::name).collect(Collectors.joining(" – "));
        }
        int max = limits.maxTitleLength();
        return title.length() <= max ? title : title.substring(0, max - 1) + "…";
    }

    private void save(CalendarEntry entry, String state, UUID meetingId, boolean known) {
        if (known) {
            record(entry, state, meetingId);
        } else {
            entries.insert(entry, state, meetingId, clock.instant());
        }
    }

    private void record(CalendarEntry entry, String state, UUID meetingId) {
        entries.update(entry.uid(), entry.occurrence(), state, meetingId, entry.sequence(), entry.fingerprint(),
                clock.instant());
    }

    /** What became of one entry. */
    record Outcome(Kind kind, String reason) {

        enum Kind { CREATED, UPDATED, CANCELLED, UNCHANGED, FOR_REVIEW, SKIPPED }

        static final Outcome CREATED = new Outcome(Kind.CREATED, null);
        static final Outcome UPDATED = new Outcome(Kind.UPDATED, null);
        static final Outcome CANCELLED = new Outcome(Kind.CANCELLED, null);
        static final Outcome UNCHANGED = new Outcome(Kind.UNCHANGED, null);
        static final Outcome FOR_REVIEW = new Outcome(Kind.FOR_REVIEW, null);

        static Outcome skipped(String reason) {
            return new Outcome(Kind.SKIPPED, reason);
        }
    }

    private static final class Tally {
        private final int[] counts = new int[Outcome.Kind.values().length];
        private final List<ImportSummary.Skip> skipped = new ArrayList<>();

        void count(String label, Outcome outcome) {
            if (outcome.kind() == Outcome.Kind.SKIPPED) {
                skip(label, outcome.reason());
            } else {
                counts[outcome.kind().ordinal()]++;
            }
        }

        void skip(String label, String reason) {
            skipped.add(new ImportSummary.Skip(label, reason));
        }

        ImportSummary summary(UUID id) {
            return new ImportSummary(id, counts[Outcome.Kind.CREATED.ordinal()], counts[Outcome.Kind.UPDATED.ordinal()],
                    counts[Outcome.Kind.CANCELLED.ordinal()], counts[Outcome.Kind.UNCHANGED.ordinal()],
                    counts[Outcome.Kind.FOR_REVIEW.ordinal()], List.copyOf(skipped));
        }
    }
}
