package org.demarche.intake.imports;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One import, the shape of {@code GET /api/imports/{id}}.
 *
 * @param kind      {@code ics}, {@code hudoc} or {@code hudoc-exec}
 * @param source    where the content came from: {@code upload}, or the feed's URL or path
 * @param status    {@code running}, {@code done} or {@code failed}
 * @param total     entries to process (known once the file was read)
 * @param processed entries processed so far
 * @param result    the counts, once done
 * @param error     why it failed, if it did
 * @param percent   share of the entries processed, 0 to 100; 100 once done
 */
public record ImportRun(UUID id, String kind, String source, String status, int total, int processed,
                        JsonNode result, String error, Instant startedAt, Instant finishedAt, int percent) {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    static ImportRun of(UUID id, String kind, String source, String status, int total, int processed, JsonNode result,
                        String error, Instant startedAt, Instant finishedAt) {
        int percent = DONE.equals(status) ? 100 : total == 0 ? 0 : (int) Math.min(99, processed * 100L / total);
        return new ImportRun(id, kind, source, status, total, processed, result, error, startedAt, finishedAt, percent);
    }
}
