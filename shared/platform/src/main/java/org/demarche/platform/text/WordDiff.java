package org.demarche.platform.text;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.demarche.platform.text.TextChanges.Kind;
import org.demarche.platform.text.TextChanges.Segment;

/**
 * The word diff behind {@link TextChanges#between}: java-diff-utils' Myers diff of the two texts'
 * {@link WordTokens}, then two clean-ups after diff-match-patch's, so that the result reads as a
 * person would mark up the change:
 * <ol>
 *   <li>a lone insertion or deletion slides to where it starts and ends at the clearest boundaries
 *       (a paragraph, a sentence, a word): "[-He was sentenced in 2014.-] He remains…", not
 *       "He [-was sentenced in 2014. He-] remains…";
 *   <li>a short unchanged stretch between two edits (a space, a comma, a short word) is folded into
 *       both, so that a reworded phrase reads as the old phrase and the new one.
 * </ol>
 * Unchanged text keeps the new version's white space: a non-breaking space put in place of a plain
 * one is not a change a reader could see.
 */
final class WordDiff {

    /** One edit: the old tokens deleted and the new ones inserted in their place (either may be none). */
    private record Edit(List<String> deleted, List<String> inserted) {
    }

    /** Unchanged runs around the edits: {@code same.get(i)} comes before {@code edits.get(i)}. */
    private final List<List<String>> same = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();

    private WordDiff(List<String> old, List<String> now) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(old.stream().map(WordTokens::key).toList(),
                now.stream().map(WordTokens::key).toList()).getDeltas();
        int nowAt = 0;
        for (AbstractDelta<String> delta : deltas) {
            int oldStart = delta.getSource().getPosition();
            int nowStart = delta.getTarget().getPosition();
            // unchanged text as it reads now: white space is compared by kind and shown as written now
            same.add(new ArrayList<>(now.subList(nowAt, nowStart)));
            nowAt = nowStart + delta.getTarget().size();
            edits.add(new Edit(new ArrayList<>(old.subList(oldStart, oldStart + delta.getSource().size())),
                    new ArrayList<>(now.subList(nowStart, nowAt))));
        }
        same.add(new ArrayList<>(now.subList(nowAt, now.size())));
    }

    static List<Segment> between(String before, String after) {
        WordDiff diff = new WordDiff(WordTokens.of(before), WordTokens.of(after));
        for (int i = 0; i < diff.edits.size(); i++) {
            diff.slide(i);
        }
        diff.foldShortStretches();
        diff.unchangedSpaceOutOfReplacements();
        return diff.segments();
    }

    private List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            segments.add(new Segment(Kind.UNCHANGED, String.join("", same.get(i))));
            segments.add(new Segment(Kind.DELETED, String.join("", edits.get(i).deleted())));
            segments.add(new Segment(Kind.INSERTED, String.join("", edits.get(i).inserted())));
        }
        segments.add(new Segment(Kind.UNCHANGED, String.join("", same.get(edits.size()))));
        return segments;
    }

    /** Moves a lone insertion or deletion to the place among its equivalent ones with the clearest edges. */
    private void slide(int i) {
        Edit edit = edits.get(i);
        if (!edit.deleted().isEmpty() && !edit.inserted().isEmpty()) {
            return;
        }
        List<String> moved = edit.deleted().isEmpty() ? edit.inserted() : edit.deleted();
        List<String> before = same.get(i);
        List<String> after = same.get(i + 1);
        while (!before.isEmpty() && sameKey(last(before), last(moved))) {
            moved.add(0, before.remove(before.size() - 1));
            after.add(0, moved.remove(moved.size() - 1));
        }
        int best = 0;
        int bestScore = score(before, moved, after);
        int steps = 0;
        while (!after.isEmpty() && sameKey(after.get(0), moved.get(0))) {
            before.add(moved.remove(0));
            moved.add(after.remove(0));
            steps++;
            int score = score(before, moved, after);
            if (score > bestScore) {
                best = steps;
                bestScore = score;
            }
        }
        for (int back = steps; back > best; back--) {
            moved.add(0, before.remove(before.size() - 1));
            after.add(0, moved.remove(moved.size() - 1));
        }
    }

    /**
     * How clear the edges of an edit at this place are. An edge at the start or end of the text, or
     * against the next edit (which it then joins, as one change), is the clearest.
     */
    private static int score(List<String> before, List<String> moved, List<String> after) {
        int start = before.isEmpty() ? 6 : boundary(secondLast(before), last(before), moved.get(0));
        String beforeLastMoved = moved.size() > 1 ? secondLast(moved) : before.isEmpty() ? null : last(before);
        int end = after.isEmpty() ? 6 : boundary(beforeLastMoved, last(moved), after.get(0));
        return start + end;
    }

    /** How clear a cut between {@code left} and {@code right} is; {@code leftmost} is the token before left, if any. */
    private static int boundary(String leftmost, String left, String right) {
        if (WordTokens.isParagraphBreak(left) || WordTokens.isParagraphBreak(right)) {
            return 5;
        }
        if ((WordTokens.endsSentence(left) && WordTokens.isSpace(right))
                || (WordTokens.isSpace(left) && WordTokens.endsSentence(leftmost))) {
            return 4;
        }
        if (WordTokens.isSpace(left) || WordTokens.isSpace(right)) {
            return 2;
        }
        return WordTokens.isWord(left) && WordTokens.isWord(right) ? 0 : 1;
    }

    /**
     * Folds a short unchanged stretch between two edits into both: white space alone, or no longer
     * than the edits on either side, unless it breaks a paragraph. Edits that touch become one.
     */
    private void foldShortStretches() {
        int i = 1;
        while (i < edits.size()) {
            List<String> stretch = same.get(i);
            Edit left = edits.get(i - 1);
            Edit right = edits.get(i);
            String text = String.join("", stretch);
            boolean breaksParagraph = stretch.stream().anyMatch(WordTokens::isParagraphBreak);
            // two insertions (or two deletions) apart stay apart: folded, the text between would read as deleted
            boolean sameKind = !stretch.isEmpty() && (left.deleted().isEmpty() && right.deleted().isEmpty()
                    || left.inserted().isEmpty() && right.inserted().isEmpty());
            if (!breaksParagraph && !sameKind
                    && (WordTokens.isAllSpace(text) || text.length() <= Math.min(size(left), size(right)))) {
                left.deleted().addAll(stretch);
                left.deleted().addAll(right.deleted());
                left.inserted().addAll(stretch);
                left.inserted().addAll(right.inserted());
                same.remove(i);
                edits.remove(i);
                i = 1; // the edit grew: what it could not fold before it may fold now
            } else {
                i++;
            }
        }
    }

    /**
     * White space that a replacement deletes and inserts alike (left at its edges by folding) is
     * unchanged text: "[-call on-]{+ask+} the", not "[-call on -]{+ask +}the".
     */
    private void unchangedSpaceOutOfReplacements() {
        for (int i = 0; i < edits.size(); i++) {
            List<String> deleted = edits.get(i).deleted();
            List<String> inserted = edits.get(i).inserted();
            while (deleted.size() > 1 && inserted.size() > 1 && WordTokens.isSpace(last(inserted))
                    && sameKey(last(deleted), last(inserted))) {
                deleted.remove(deleted.size() - 1);
                same.get(i + 1).add(0, inserted.remove(inserted.size() - 1));
            }
            while (deleted.size() > 1 && inserted.size() > 1 && WordTokens.isSpace(inserted.get(0))
                    && sameKey(deleted.get(0), inserted.get(0))) {
                deleted.remove(0);
                same.get(i).add(inserted.remove(0));
            }
        }
    }

    private static int size(Edit edit) {
        return Math.max(String.join("", edit.deleted()).length(), String.join("", edit.inserted()).length());
    }

    private static boolean sameKey(String a, String b) {
        return WordTokens.key(a).equals(WordTokens.key(b));
    }

    private static String secondLast(List<String> tokens) {
        return tokens.size() < 2 ? null : tokens.get(tokens.size() - 2);
    }

    private static String last(List<String> tokens) {
        return tokens.get(tokens.size() - 1);
    }
}
