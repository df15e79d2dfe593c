package org.demarche.platform.text;

import java.util.ArrayList;
import java.util.List;

import org.demarche.platform.text.TextChanges.Kind;
import org.demarche.platform.text.TextChanges.Segment;

/**
 * Shortens the unchanged stretches of a list of changes to what a reader needs to place each
 * change: within a changed paragraph, a few words on either side of it; unchanged paragraphs in
 * between become one "…".
 */
final class ChangeContext {

    private static final Segment SPACE = new Segment(Kind.UNCHANGED, " ");
    private static final Segment OMITTED = new Segment(Kind.OMITTED, TextChanges.ELLIPSIS);

    private ChangeContext() {
    }

    static List<Segment> shorten(List<Segment> segments, int words) {
        List<Segment> shortened = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.kind() != Kind.UNCHANGED) {
                shortened.add(segment);
                continue;
            }
            boolean changeBefore = i > 0 && segments.get(i - 1).isChange();
            boolean changeAfter = i + 1 < segments.size() && segments.get(i + 1).isChange();
            shortened.addAll(stretch(WordTokens.of(segment.text()), changeBefore, changeAfter, words));
        }
        return withoutRepeatedOmissions(TextChanges.joinUnchanged(shortened));
    }

    /** One unchanged stretch, cut into paragraphs at its paragraph breaks. */
    private static List<Segment> stretch(List<String> tokens, boolean changeBefore, boolean changeAfter, int words) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (String token : tokens) {
            if (WordTokens.isParagraphBreak(token)) {
                paragraphs.add(paragraph);
                breaks.add(token);
                paragraph = new ArrayList<>();
            } else {
                paragraph.add(token);
            }
        }
        paragraphs.add(paragraph);
        List<Segment> out = new ArrayList<>();
        List<String> first = paragraphs.get(0);
        List<String> last = paragraphs.get(paragraphs.size() - 1);
        if (breaks.isEmpty()) {
            if (changeBefore && changeAfter && wordCount(first) > 2 * words) {
                head(first, words, out);
                out.add(SPACE);
                tail(first, words, out);
            } else if (changeBefore && !changeAfter) {
                head(first, words, out);
            } else if (changeAfter && !changeBefore) {
                tail(first, words, out);
            } else {
                out.add(unchanged(first));
            }
            return out;
        }
        if (changeBefore) {
            head(first, words, out);
            out.add(unchanged(List.of(breaks.get(0))));
        }
        boolean paragraphsLeftOut = (!changeBefore && !WordTokens.isAllSpace(String.join("", first)))
                || breaks.size() > 1 || (!changeAfter && !WordTokens.isAllSpace(String.join("", last)));
        if (paragraphsLeftOut) {
            out.add(OMITTED);
        }
        if (changeAfter && (paragraphsLeftOut || !changeBefore)) {
            out.add(unchanged(List.of(breaks.get(breaks.size() - 1))));
        }
        if (changeAfter) {
            tail(last, words, out);
        }
        return out;
    }

    /**
     * The paragraph's first words after a change, "…" after them if more follow; to the end of the
     * sentence if it ends a few words later.
     */
    private static void head(List<String> paragraph, int words, List<Segment> out) {
        int end = 0;
        int counted = 0;
        while (end < paragraph.size() && counted < words) {
            counted += WordTokens.isWord(paragraph.get(end++)) ? 1 : 0;
        }
        while (end < paragraph.size() && isAttachedMark(paragraph.get(end))) {
            end++; // the full stop or comma right after the last word kept
        }
        end = sentenceEndNear(paragraph, end, words / 2);
        if (wordCount(paragraph.subList(end, paragraph.size())) == 0) {
            out.add(unchanged(paragraph));
            return;
        }
        out.add(unchanged(withoutSpaceAtEnd(paragraph.subList(0, end))));
        out.add(SPACE);
        out.add(OMITTED);
    }

    /**
     * The paragraph's last words before a change, "…" before them if more precede; from the start of
     * the sentence if it starts a few words earlier.
     */
    private static void tail(List<String> paragraph, int words, List<Segment> out) {
        int start = paragraph.size();
        int counted = 0;
        while (start > 0 && counted < words) {
            counted += WordTokens.isWord(paragraph.get(--start)) ? 1 : 0;
        }
        while (start > 0 && isAttachedMark(paragraph.get(start - 1))) {
            start--; // an opening quote or bracket right before the first word kept
        }
        start = sentenceStartNear(paragraph, start, words / 2);
        if (wordCount(paragraph.subList(0, start)) == 0) {
            out.add(unchanged(paragraph));
            return;
        }
        out.add(OMITTED);
        out.add(SPACE);
        out.add(unchanged(withoutSpaceAtStart(paragraph.subList(start, paragraph.size()))));
    }

    /**
     * Where the head that ends at {@code end} reads best: after the first sentence it ends, or else
     * at the end of its sentence if that is at most {@code more} words on.
     */
    private static int sentenceEndNear(List<String> paragraph, int end, int more) {
        for (int k = 0; k < end; k++) {
            if (endsSentenceAt(paragraph, k)) {
                return k + 1;
            }
        }
        for (int k = end, counted = 0; k < paragraph.size() && counted <= more; k++) {
            counted += WordTokens.isWord(paragraph.get(k)) ? 1 : 0;
            if (counted <= more && endsSentenceAt(paragraph, k)) {
                return k + 1;
            }
        }
        return end;
    }

    /**
     * Where the tail that starts at {@code start} reads best: at the start of the last sentence it
     * holds, or else at the start of its sentence (or paragraph) if that is at most {@code more}
     * words back.
     */
    private static int sentenceStartNear(List<String> paragraph, int start, int more) {
        for (int k = paragraph.size() - 1; k > start; k--) {
            if (endsSentenceAt(paragraph, k - 1)) {
                return k;
            }
        }
        for (int k = start - 1, counted = 0; k >= 0; k--) {
            counted += WordTokens.isWord(paragraph.get(k)) ? 1 : 0;
            if (counted > more) {
                break;
            }
            if (k == 0 || endsSentenceAt(paragraph, k - 1)) {
                return k;
            }
        }
        return start;
    }

    /** Whether a sentence ends with the token at {@code k}: a full stop or the like, then a space or the end. */
    private static boolean endsSentenceAt(List<String> paragraph, int k) {
        return WordTokens.endsSentence(paragraph.get(k))
                && (k + 1 == paragraph.size() || WordTokens.isSpace(paragraph.get(k + 1)));
    }

    /** "…" twice in a row, or with only spaces between, is said once. */
    private static List<Segment> withoutRepeatedOmissions(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.kind() == Kind.OMITTED && !out.isEmpty()) {
                Segment last = out.get(out.size() - 1);
                if (last.kind() == Kind.OMITTED) {
                    continue;
                }
                if (out.size() > 1 && out.get(out.size() - 2).kind() == Kind.OMITTED && last.kind() == Kind.UNCHANGED
                        && WordTokens.isAllSpace(last.text()) && last.text().indexOf('\n') < 0) {
                    out.remove(out.size() - 1);
                    continue;
                }
            }
            out.add(segment);
        }
        return TextChanges.joinUnchanged(out);
    }

    private static boolean isAttachedMark(String token) {
        return !WordTokens.isWord(token) && !WordTokens.isSpace(token);
    }

    private static int wordCount(List<String> tokens) {
        return (int) tokens.stream().filter(WordTokens::isWord).count();
    }

    private static List<String> withoutSpaceAtEnd(List<String> tokens) {
        int end = tokens.size();
        while (end > 0 && WordTokens.isSpace(tokens.get(end - 1))) {
            end--;
        }
        return tokens.subList(0, end);
    }

    private static List<String> withoutSpaceAtStart(List<String> tokens) {
        int start = 0;
        while (start < tokens.size() && WordTokens.isSpace(tokens.get(start))) {
            start++;
        }
        return tokens.subList(start, tokens.size());
    }

    private static Segment unchanged(List<String> tokens) {
        return new Segment(Kind.UNCHANGED, String.join("", tokens));
    }
}
