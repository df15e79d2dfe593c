package org.demarche.intake.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A ruling as entered, the shape {@code GET /api/rulings} returns. */
public record Ruling(UUID id, String court, String caseName, String applicationNo, String respondent,
                     LocalDate judgmentDate, List<String> articlesViolated, String summary, String url,
                     Instant recordedAt) {
}
