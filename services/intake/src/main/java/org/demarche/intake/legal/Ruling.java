package org.demarche.intake.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ruling as entered, the shape {@code GET /api/rulings} returns.
 *
 * @param kind {@code judgment} or {@code infringement-judgment} (Article 46 § 4)
 */
record Ruling(UUID id, String court, String caseName, String applicationNo, String respondent,
                     LocalDate judgmentDate, List<String> articlesViolated, String summary, String url,
                     Instant recordedAt, List<String> relatedApplicationNos, List<String> otherRespondents,
                     String kind) {
}
