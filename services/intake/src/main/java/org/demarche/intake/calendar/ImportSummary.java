package org.demarche.intake.calendar;

import java.util.List;
import java.util.UUID;

/**
 * What one calendar import did, the body of {@code POST /api/imports/ics}.
 *
 * @param id      the import run, also at {@code GET /api/imports/{id}}
 * @param skipped entries not imported, each with the reason
 */
public record ImportSummary(UUID id, int created, int updated, int cancelled, int unchanged, int forReview,
                            List<Skip> skipped) {

    public record Skip(String uid, String reason) {
    }
}
