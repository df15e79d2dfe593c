package org.demarche.intake.hudocwatch;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which page to ask for next: the documents dated on or after {@code from}, from the
 * {@code start}th. HUDOC answers at most 10 000 hits of one query ({@code start + length} may not
 * pass it), so a window that would go past them starts again, narrowed, at the date of the last
 * document received: nothing beyond the 10 000th is lost, the documents of that day come again as
 * duplicates.
 */
record Window(LocalDate from, int start) {

    /** The most hits HUDOC gives for one query. */
    static final int MAX_HITS = 10_000;

    /**
     * The window after a page, or none when the query's hits are all received.
     *
     * @param received    records on the page
     * @param resultCount hits of the whole query
     * @param latest      date of the latest record on the page
     * @param length      records asked per page
     * @throws PollFailedException when more than 10 000 documents bear one date, which no narrowing by date can page
     */
    Optional<Window> next(int received, int resultCount, LocalDate latest, int length) {
        int nextStart = start + received;
        if (received == 0 || nextStart >= resultCount) {
            return Optional.empty();
        }
        if (nextStart + length <= MAX_HITS) {
            return Optional.of(new Window(from, nextStart));
        }
        if (!latest.isAfter(from)) {
            throw new PollFailedException("more than " + MAX_HITS + " documents are dated " + from
                    + ", more than HUDOC gives for one query");
        }
        return Optional.of(new Window(latest, 0));
    }
}
