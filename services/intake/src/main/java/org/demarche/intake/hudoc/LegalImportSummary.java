package org.demarche.intake.hudoc;

import java.util.List;
import java.util.UUID;

/**
 * What one HUDOC or HUDOC-EXEC import did, the body of {@code POST /api/imports/hudoc[-exec]}.
 *
 * @param id         the import run, also at {@code GET /api/imports/{id}}
 * @param duplicates records whose identifier, or whose judgment or reference, was imported or entered before
 * @param rejected   records that could not be imported, by their index in {@code results} (from 0)
 */
public record LegalImportSummary(UUID id, int imported, int duplicates, List<Rejected> rejected) {

    public record Rejected(int index, String reason) {
    }
}
