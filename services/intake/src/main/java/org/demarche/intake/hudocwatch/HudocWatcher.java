package org.demarche.intake.hudocwatch;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.demarche.intake.hudoc.Countries;
import org.demarche.intake.hudoc.HudocImporter;
import org.demarche.intake.hudoc.HudocResult;
import org.demarche.intake.hudoc.LegalImportSummary;
import org.demarche.intake.hudoc.UnreadableSourceException;
import org.demarche.intake.opencases.OpenCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Polls HUDOC and HUDOC-EXEC for the documents about each state with open cases, from where the
 * last poll of that source and state stopped, page by page, each page imported whole before the
 * cursor moves past it.
 */
@Service
class HudocWatcher {

    private static final Logger log = LoggerFactory.getLogger(HudocWatcher.class);

    /** One source and state the watcher follows. */
    record Watched(WatchedSource source, String state, List<String> codes) {
    }

    private final OpenCases openCases;
    private final WatchCursors cursors;
    private final HudocPages pages;
    private final HudocImporter importer;
    private final HudocWatchProperties properties;
    private final Clock clock;

    HudocWatcher(OpenCases openCases, WatchCursors cursors, HudocPages pages, HudocImporter importer,
                 HudocWatchProperties properties, Clock clock) {
        this.openCases = openCases;
        this.cursors = cursors;
        this.pages = pages;
        this.importer = importer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The sources and states followed now: both sources for every country with an open case. */
    List<Watched> watched() {
        List<Watched> watched = new ArrayList<>();
        for (String country : openCases.countries()) {
            List<String> codes = Countries.hudocCodes(country);
            if (codes.isEmpty()) {
                log.warn("An open case is about '{}', which is no country HUDOC knows; not watched", country);
                continue;
            }
            for (WatchedSource source : WatchedSource.values()) {
                watched.add(new Watched(source, codes.get(0), codes));
            }
        }
        return watched;
    }

    /** Polls the sources and states that are due, each on one instance only. */
    public List<WatchPoll> pollDue() {
        return pollEach((cursor, now) -> !cursor.nextPollAt().isAfter(now)
                && cursors.claim(cursor, now.plus(properties.interval())));
    }

    /** Polls every source and state followed now, whatever their schedule. */
    public List<WatchPoll> pollNow() {
        return pollEach((cursor, now) -> true);
    }

    private List<WatchPoll> pollEach(BiPredicate<WatchCursor, Instant> take) {
        Instant now = clock.instant();
        List<WatchPoll> polls = new ArrayList<>();
        for (Watched watched : watched()) {
            cursors.follow(watched.source().kind(), watched.state(), now);
            if (take.test(cursors.find(watched.source().kind(), watched.state()).orElseThrow(), now)) {
                polls.add(poll(watched));
            }
        }
        return polls;
    }

    /** Asks for the pages from the cursor on until the query's hits are all in, or a page fails. */
    WatchPoll poll(Watched watched) {
        String kind = watched.source().kind();
        Optional<LocalDate> from = cursors.find(kind, watched.state()).map(WatchCursor::from);
        Window window = new Window(from.orElseGet(this::firstDate), 0);
        Tally tally = new Tally();
        try {
            while (window != null) {
                URI uri = watched.source().page(baseOf(watched.source()), watched.codes(), window.from(),
                        window.start(), properties.pageLength());
                byte[] body = pages.fetch(uri);
                HudocResult result = read(body, uri);
                if (result.records().isEmpty()) {
                    break;
                }
                LegalImportSummary summary = importer.importKind(kind, result, uri.toString());
                tally.add(summary);
                LocalDate latest = result.latestDate(kind).orElse(window.from());
                cursors.advance(kind, watched.state(), latest, summary.id());
                window = window.next(result.records().size(), result.resultCount(), latest, properties.pageLength())
                        .orElse(null);
            }
            cursors.polled(kind, watched.state(), WatchCursor.IMPORTED, null, clock.instant());
            return tally.poll(watched, WatchCursor.IMPORTED, null);
        } catch (PollFailedException e) {
            log.warn("HUDOC watch of {} for {} stopped: {}", kind, watched.state(), e.getMessage());
            return failed(watched, tally, e.getMessage());
        } catch (RuntimeException e) {
            log.error("HUDOC watch of {} for {} failed", kind, watched.state(), e);
            return failed(watched, tally, "unexpected failure: " + e);
        }
    }

    private WatchPoll failed(Watched watched, Tally tally, String error) {
        cursors.polled(watched.source().kind(), watched.state(), WatchCursor.FAILED, error, clock.instant());
        return tally.poll(watched, WatchCursor.FAILED, error);
    }

    private static HudocResult read(byte[] body, URI uri) {
        try {
            return HudocResult.read(body);
        } catch (UnreadableSourceException e) {
            throw new PollFailedException(uri.getHost() + " answered something unreadable: " + e.getMessage());
        }
    }

    private URI baseOf(WatchedSource source) {
        return source == WatchedSource.JUDGMENTS ? properties.hudocUrl() : properties.execUrl();
    }

    private LocalDate firstDate() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minus(properties.lookBack());
    }

    /** The counts of one poll's pages. */
    private static final class Tally {
        private int pages;
        private int imported;
        private int duplicates;
        private int skipped;
        private int rejected;
        private final List<UUID> importIds = new ArrayList<>();

        void add(LegalImportSummary summary) {
            pages++;
            imported += summary.imported();
            duplicates += summary.duplicates();
            skipped += summary.skipped().size();
            rejected += summary.rejected().size();
            importIds.add(summary.id());
        }

        WatchPoll poll(Watched watched, String outcome, String error) {
            return new WatchPoll(watched.source().kind(), watched.state(), outcome, pages, imported, duplicates,
                    skipped, rejected, List.copyOf(importIds), error);
        }
    }
}
