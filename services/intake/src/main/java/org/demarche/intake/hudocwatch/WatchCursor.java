package org.demarche.intake.hudocwatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where the watcher stands with one source and state, as {@code GET /api/hudoc-watch} shows it.
 *
 * @param source       {@code hudoc} or {@code hudoc-exec}
 * @param state        the state's alpha-3 code, as HUDOC writes it
 * @param from         the next poll asks for documents dated on or after it; null before the first page
 * @param lastOutcome  {@code imported} or {@code failed}; null before the first poll
 * @param lastImportId the run of the last page imported, at {@code GET /api/imports/{id}}
 * @param lastError    why the last poll stopped, when it failed
 */
record WatchCursor(String source, String state, LocalDate from, Instant nextPollAt, Instant lastPolledAt,
                          String lastOutcome, UUID lastImportId, String lastError) {

    static final String IMPORTED = "imported";
    static final String FAILED = "failed";
}
