package org.demarche.intake.feed;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscribed source, the shape of {@code GET /api/feeds}.
 *
 * @param kind         {@code ics}, {@code hudoc} or {@code hudoc-exec}
 * @param url          where it is fetched from; null for a file feed
 * @param path         the file, relative to the feeds folder; null for a URL feed
 * @param lastOutcome  {@code imported}, {@code not-modified} (the server said so), {@code unchanged} (same
 *                     content as last time) or {@code failed}; null before the first poll
 * @param lastImportId the run of the last import, at {@code GET /api/imports/{id}}
 * @param lastError    why the last poll failed
 */
record Feed(UUID id, String kind, String url, String path, Instant nextPollAt, Instant lastPolledAt,
                   String lastOutcome, UUID lastImportId, String lastError, Instant createdAt) {

    static final String IMPORTED = "imported";
    static final String NOT_MODIFIED = "not-modified";
    static final String UNCHANGED = "unchanged";
    static final String FAILED = "failed";
}
