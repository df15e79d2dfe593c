package org.demarche.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which words changed from one text to another, as a reader wants to see it: unchanged text plain,
 * a changed word as one deletion followed by one insertion, an inserted phrase or a deleted
 * sentence as one piece — not whole paragraphs removed and added again.
 *
 * <p>Texts are compared word by word ({@link WordDiff}); paragraph breaks stay as they are.
 * {@link #shortened} leaves out long unchanged stretches; {@link #html}, {@link #mailHtml} and
 * {@link #text} write the result out.
 */
public final class TextChanges {

    /** Words of unchanged text kept on each side of a change by {@link #shortened()}. */
    public static final int CONTEXT_WORDS = 10;

    /** How {@link #text()} marks a deletion and an insertion, for a legend: {@code [-old-]{+new+}}. */
    public static final String DELETED_OPENS = "[-";
    public static final String DELETED_CLOSES = "-]";
    public static final String INSERTED_OPENS = "{+";
    public static final String INSERTED_CLOSES = "+}";

    /** What happened to a piece of text. {@code OMITTED} stands for unchanged text left out ("…"). */
    public enum Kind { UNCHANGED, DELETED, INSERTED, OMITTED }

    /** A piece of text and what happened to it; a deletion comes before the insertion that replaces it. */
    public record Segment(Kind kind, String text) {

        public Segment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        boolean isChange() {
            return kind == Kind.DELETED || kind == Kind.INSERTED;
        }
    }

    static final String ELLIPSIS = "…";

    private final List<Segment> segments;

    private TextChanges(List<Segment> segments) {
        this.segments = List.copyOf(joinUnchanged(segments));
    }

    /** The changes that turn {@code before} into {@code after}; null counts as no text. */
    public static TextChanges between(String before, String after) {
        return new TextChanges(WordDiff.between(before == null ? "" : before, after == null ? "" : after));
    }

    /**
     * The changes a unified diff shows ({@code diff -u}, as campaigns sends it to partners), word by
     * word within each hunk; what lies outside the hunks is {@link Kind#OMITTED}. None for a blank
     * or missing diff.
     */
    public static TextChanges fromUnifiedDiff(String diff) {
        return new TextChanges(UnifiedDiffReader.segments(diff));
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Whether anything was deleted or inserted. */
    public boolean hasChanges() {
        return segments.stream().anyMatch(Segment::isChange);
    }

    /** {@link #shortened(int)} with {@link #CONTEXT_WORDS}. */
    public TextChanges shortened() {
        return shortened(CONTEXT_WORDS);
    }

    /**
     * The changes with only what a reader needs around them: the unchanged words of a changed
     * paragraph up to {@code contextWords} on each side of a change, "…" for the rest, and one
     * "…" for the unchanged paragraphs between changed ones.
     */
    public TextChanges shortened(int contextWords) {
        if (contextWords < 1) {
            throw new IllegalArgumentException("contextWords must be at least 1, was " + contextWords);
        }
        return hasChanges() ? new TextChanges(ChangeContext.shorten(segments, contextWords)) : this;
    }

    /**
     * As HTML for a page: {@code <del>} and {@code <ins>} each opening with a visually hidden label
     * (class {@code visually-hidden}), so that a screen reader says what changed; everything
     * escaped. Line and paragraph breaks are kept as text: show it where white space is preserved
     * ({@code white-space: pre-wrap}).
     */
    public String html(ChangeLabels labels) {
        return ChangeMarkup.html(segments, labels, ChangeMarkup.PAGE);
    }

    /** As {@link #html}, styled inline for an email (mail clients drop style sheets and classes). */
    public String mailHtml(ChangeLabels labels) {
        return ChangeMarkup.html(segments, labels, ChangeMarkup.MAIL);
    }

    /**
     * As plain text for an email: {@code [-deleted words-]{+inserted words+}}, "…" for what was
     * left out. Say what the marks mean next to it, in the reader's language.
     */
    public String text() {
        return ChangeMarkup.text(segments);
    }

    @Override
    public String toString() {
        return text();
    }

    /** Adjacent unchanged pieces as one; empty pieces dropped. */
    static List<Segment> joinUnchanged(List<Segment> segments) {
        List<Segment> joined = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.text().isEmpty()) {
                continue;
            }
            Segment last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.kind() == Kind.UNCHANGED && segment.kind() == Kind.UNCHANGED) {
                joined.set(joined.size() - 1, new Segment(Kind.UNCHANGED, last.text() + segment.text()));
            } else {
                joined.add(segment);
            }
        }
        return joined;
    }
}
