package org.demarche.platform.text;

import java.util.List;

import org.demarche.platform.text.TextChanges.Kind;
import org.demarche.platform.text.TextChanges.Segment;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes changes out as HTML or plain text. White space at the edge of a lone deletion or
 * insertion is written outside its marks ({@code we [-really-] urge}, not {@code we [-really -]urge}).
 */
final class ChangeMarkup {

    /**
     * How the HTML marks look: attributes of {@code <del>}, of {@code <ins>} alone and right after a
     * {@code <del>} (apart, so that the two words do not run together), and of the hidden label.
     */
    record Look(String deleted, String inserted, String insertedAfterDeleted, String hiddenLabel) {
    }

    /** For pages: the page's style sheet styles the elements and has a {@code visually-hidden} class. */
    static final Look PAGE = new Look("", "", "", " class=\"visually-hidden\"");

    /**
     * For emails, inline: colour with a line through or under it (so that colour is not the only
     * cue), and a label hidden as far as mail clients allow — where one shows it, it reads well.
     */
    static final Look MAIL = new Look(
            " style=\"color: #a4262c; background: #fdf1f1; text-decoration: line-through\"",
            " style=\"color: #1e6b2e; background: #eef8f0; text-decoration: underline\"",
            " style=\"color: #1e6b2e; background: #eef8f0; text-decoration: underline; margin-left: 0.2em\"",
            " style=\"position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); "
                    + "white-space: nowrap\"");

    private ChangeMarkup() {
    }

    static String html(List<Segment> segments, ChangeLabels labels, Look look) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            switch (segment.kind()) {
                case UNCHANGED, OMITTED -> html.append(escape(segment.text()));
                case DELETED, INSERTED -> {
                    boolean deleted = segment.kind() == Kind.DELETED;
                    String element = deleted ? "del" : "ins";
                    Edges edges = Edges.of(segments, i);
                    html.append(escape(edges.before()))
                            .append('<').append(element).append(attributes(segments, i, look)).append('>')
                            .append("<span").append(look.hiddenLabel()).append('>')
                            .append(escape(deleted ? labels.deleted() : labels.inserted())).append(" </span>")
                            .append(escape(edges.inside()))
                            .append("</").append(element).append('>')
                            .append(escape(edges.after()));
                }
            }
        }
        return html.toString();
    }

    private static String attributes(List<Segment> segments, int at, Look look) {
        if (segments.get(at).kind() == Kind.DELETED) {
            return look.deleted();
        }
        return at > 0 && segments.get(at - 1).kind() == Kind.DELETED ? look.insertedAfterDeleted() : look.inserted();
    }

    static String text(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            switch (segment.kind()) {
                case UNCHANGED, OMITTED -> text.append(segment.text());
                case DELETED, INSERTED -> {
                    boolean deleted = segment.kind() == Kind.DELETED;
                    Edges edges = Edges.of(segments, i);
                    text.append(edges.before())
                            .append(deleted ? TextChanges.DELETED_OPENS : TextChanges.INSERTED_OPENS)
                            .append(edges.inside())
                            .append(deleted ? TextChanges.DELETED_CLOSES : TextChanges.INSERTED_CLOSES)
                            .append(edges.after());
                }
            }
        }
        return text.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * A change's text split into white space written before its marks, what goes inside them, and
     * white space written after. Only at an edge that touches unchanged text: a deletion followed by
     * its insertion keeps its space inside, so that the two read as one replacement.
     */
    private record Edges(String before, String inside, String after) {

        static Edges of(List<Segment> segments, int at) {
            String text = segments.get(at).text();
            boolean freeBefore = at == 0 || !segments.get(at - 1).isChange();
            boolean freeAfter = at + 1 >= segments.size() || !segments.get(at + 1).isChange();
            int start = 0;
            int end = text.length();
            if (!WordTokens.isAllSpace(text)) {
                while (freeBefore && WordTokens.isSpace(text.substring(start, start + 1))) {
                    start++;
                }
                while (freeAfter && WordTokens.isSpace(text.substring(end - 1, end))) {
                    end--;
                }
            }
            return new Edges(text.substring(0, start), text.substring(start, end), text.substring(end));
        }
    }
}
