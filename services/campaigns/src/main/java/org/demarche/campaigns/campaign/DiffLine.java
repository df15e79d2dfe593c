package org.demarche.campaigns.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a unified diff as the draft pages show it: what happened to it, and its text
 * without the diff's sign (the page prints the sign and a word, so that colour is never the only cue).
 *
 * @param kind {@code added}, {@code removed}, {@code same} or {@code hunk} (where a change starts)
 */
record DiffLine(String kind, String text) {

    /** The lines of {@code diff} after its two file lines; none for a blank or missing diff. */
    static List<DiffLine> of(String diff) {
        List<DiffLine> lines = new ArrayList<>();
        if (diff == null || diff.isBlank()) {
            return lines;
        }
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("--- ") || line.startsWith("+++ ") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@@")) {
                lines.add(new DiffLine("hunk", line));
            } else if (line.startsWith("+")) {
                lines.add(new DiffLine("added", line.substring(1)));
            } else if (line.startsWith("-")) {
                lines.add(new DiffLine("removed", line.substring(1)));
            } else {
                lines.add(new DiffLine("same", line.startsWith(" ") ? line.substring(1) : line));
            }
        }
        return lines;
    }
}
