package org.demarche.intake.legal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A resolution as entered, the shape {@code GET /api/resolutions} returns. */
record Resolution(UUID id, String body, String reference, LocalDate adoptedOn, String respondent,
                         String caseName, String applicationNo, String kind, String summary, String url,
                         Instant recordedAt, List<String> relatedApplicationNos, List<String> otherRespondents) {
}
