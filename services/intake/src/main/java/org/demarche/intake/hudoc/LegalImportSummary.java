package org.demarche.intake.hudoc;

import java.util.List;
import java.util.UUID;

/**
 * What one HUDOC or HUDOC-EXEC import did, the body of {@code POST /api/imports/hudoc[-exec]}.
 *
 * @param duplicates records whose identifier, or whose judgment or reference, was imported or entered before
 * @param rejected   records that could not be imported, by their index in {@code results} (from 0), with the
 *                   reason naming HUDOC's field
 * @param skipped    records of a kind letters do not cite (decisions, communicated cases, legal summaries, press
 *                   releases; final resolutions, action plans), by their index, with the reason
 */
public record LegalImportSummary(UUID id, int imported, int duplicates, List<Rejected> rejected, List<Skipped> skipped) {

    public record Rejected(int index, String reason) {
    }

    public record Skipped(int index, String reason) {
    }
}
