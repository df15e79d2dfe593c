package org.demarche.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.demarche.platform.text.TextChanges.Kind;
import org.demarche.platform.text.TextChanges.Segment;

/**
 * Reads a unified diff ({@code diff -u}) back into changes: each hunk's old side (context and
 * removed lines) and new side (context and added lines) compared word by word, with "…" for
 * what lies between hunks and before the first one.
 */
final class UnifiedDiffReader {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+\\d+(?:,\\d+)? @@");
    private static final Segment PARAGRAPH_BREAK = new Segment(Kind.UNCHANGED, "\n\n");
    private static final Segment OMITTED = new Segment(Kind.OMITTED, TextChanges.ELLIPSIS);

    private UnifiedDiffReader() {
    }

    /** None for a blank or missing diff. */
    static List<Segment> segments(String diff) {
        List<Segment> segments = new ArrayList<>();
        if (diff == null || diff.isBlank()) {
            return segments;
        }
        String body = diff.replace("\r\n", "\n");
        body = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        List<String> before = null;
        List<String> after = null;
        for (String line : body.split("\n", -1)) {
            Matcher header = HUNK.matcher(line);
            if (header.find()) {
                if (before != null) {
                    segments.addAll(hunk(before, after));
                }
                if (before != null || Integer.parseInt(header.group(1)) > 1) {
                    if (before != null) {
                        segments.add(PARAGRAPH_BREAK);
                    }
                    segments.add(OMITTED);
                    segments.add(PARAGRAPH_BREAK);
                }
                before = new ArrayList<>();
                after = new ArrayList<>();
            } else if (before != null && !line.startsWith("\\")) { // "\ No newline at end of file"
                // a blank context line may have lost its space on the way
                char sign = line.isEmpty() ? ' ' : line.charAt(0);
                String text = line.isEmpty() || "+- ".indexOf(sign) < 0 ? line : line.substring(1);
                if (sign != '+') {
                    before.add(text);
                }
                if (sign != '-') {
                    after.add(text);
                }
            }
        }
        if (before != null) {
            segments.addAll(hunk(before, after));
        }
        return segments;
    }

    /** A hunk's two sides compared, without the blank lines of context at its edges ("…" stands there). */
    private static List<Segment> hunk(List<String> before, List<String> after) {
        while (!before.isEmpty() && !after.isEmpty() && before.get(0).isBlank() && after.get(0).isBlank()) {
            before.remove(0);
            after.remove(0);
        }
        while (!before.isEmpty() && !after.isEmpty() && before.get(before.size() - 1).isBlank()
                && after.get(after.size() - 1).isBlank()) {
            before.remove(before.size() - 1);
            after.remove(after.size() - 1);
        }
        return WordDiff.between(String.join("\n", before), String.join("\n", after));
    }
}
