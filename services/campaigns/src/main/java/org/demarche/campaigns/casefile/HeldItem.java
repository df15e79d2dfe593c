package org.demarche.campaigns.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A court record held for a coordinator, as {@code /api/case-file/held} and the console show it.
 *
 * @param status     {@code held}, {@code attached}, {@code dismissed} or {@code resolved}
 * @param country    the country in whose cases the doubt is, alpha-2
 * @param record     what the Court or the Committee published
 * @param candidates the open cases whose person its case name names
 * @param caseId     the case a coordinator attached it to
 */
record HeldItem(UUID id, String status, String country, Instant heldAt, CourtDocument record, List<Candidate> candidates,
                String caseId, String decidedBy, Instant decidedAt) {

    public HeldItem {
        candidates = List.copyOf(candidates);
    }

    /**
     * The held ruling or resolution.
     *
     * @param type   {@code ruling} or {@code resolution}
     * @param source the court or the body
     * @param kind   e.g. {@code judgment}, {@code infringement-judgment}, {@code decision}
     */
    public record CourtDocument(UUID id, String type, String source, String reference, String caseName,
                  List<String> applicationNos, LocalDate date, String kind, String url) {
    }

    /** A case the record may be about. */
    public record Candidate(String caseId, String person, String status) {
    }
}
