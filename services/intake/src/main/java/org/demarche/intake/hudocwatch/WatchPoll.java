package org.demarche.intake.hudocwatch;

import java.util.List;
import java.util.UUID;

/**
 * What one poll of a source and state did, the items of {@code POST /api/hudoc-watch/poll}.
 *
 * @param pages     pages imported whole
 * @param importIds the import run of each page, at {@code GET /api/imports/{id}}
 * @param error     why the poll stopped before the last page; null when it got them all
 */
record WatchPoll(String source, String state, String outcome, int pages, int imported, int duplicates,
                        int skipped, int rejected, List<UUID> importIds, String error) {
}
