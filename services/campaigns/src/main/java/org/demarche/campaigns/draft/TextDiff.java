package org.demarche.campaigns.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, as {@code diff -u} and every code review tool show it.
 * In a letter's plain text a line is a paragraph, so a hunk names the paragraph that changed, with
 * its neighbours for context.
 */
public final class TextDiff {

    /** Lines of context around each change: the blank line and the paragraph on either side. */
    static final int CONTEXT = 2;

    private enum Kind { SAME, REMOVED, ADDED }

    private record Line(Kind kind, String text, int before, int after) {
    }

    private TextDiff() {
    }

    /** The diff, or "" when the texts have the same lines. */
    public static String unified(String before, String after, String beforeName, String afterName) {
        List<Line> script = script(lines(before), lines(after));
        List<int[]> hunks = hunks(script);
        if (hunks.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
        for (int[] hunk : hunks) {
            appendHunk(out, script.subList(hunk[0], hunk[1]));
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    /** The shortest edit script, from a longest common subsequence of lines. */
    private static List<Line> script(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> script = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                script.add(new Line(Kind.SAME, a.get(i), i++, j++));
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                script.add(new Line(Kind.ADDED, b.get(j), i, j++));
            } else {
                script.add(new Line(Kind.REMOVED, a.get(i), i++, j));
            }
        }
        // a removal reads better before the addition that replaces it
        for (int k = 1; k < script.size(); k++) {
            if (script.get(k).kind() == Kind.REMOVED && script.get(k - 1).kind() == Kind.ADDED) {
                int start = k - 1;
                while (start > 0 && script.get(start - 1).kind() == Kind.ADDED) {
                    start--;
                }
                script.add(start, script.remove(k));
            }
        }
        return script;
    }

    /** [from, to) ranges of the script: each change with its context, overlapping ones merged. */
    private static List<int[]> hunks(List<Line> script) {
        List<int[]> hunks = new ArrayList<>();
        for (int k = 0; k < script.size(); k++) {
            if (script.get(k).kind() == Kind.SAME) {
                continue;
            }
            int from = Math.max(0, k - CONTEXT);
            int to = Math.min(script.size(), k + 1 + CONTEXT);
            int[] last = hunks.isEmpty() ? null : hunks.get(hunks.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                hunks.add(new int[] {from, to});
            }
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<Line> lines) {
        int beforeCount = (int) lines.stream().filter(l -> l.kind() != Kind.ADDED).count();
        int afterCount = (int) lines.stream().filter(l -> l.kind() != Kind.REMOVED).count();
        // the smallest index, not the first line's: a removal moved before its addition keeps its own indices
        int beforeStart = lines.stream().mapToInt(Line::before).min().orElseThrow() + (beforeCount == 0 ? 0 : 1);
        int afterStart = lines.stream().mapToInt(Line::after).min().orElseThrow() + (afterCount == 0 ? 0 : 1);
        out.append("@@ -").append(range(beforeStart, beforeCount)).append(" +").append(range(afterStart, afterCount))
                .append(" @@\n");
        for (Line line : lines) {
            out.append(line.kind() == Kind.SAME ? ' ' : line.kind() == Kind.REMOVED ? '-' : '+')
                    .append(line.text()).append('\n');
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }
}
