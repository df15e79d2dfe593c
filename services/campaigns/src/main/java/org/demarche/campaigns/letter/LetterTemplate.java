package org.demarche.campaigns.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One part of a letter's wording, parsed from a template file.
 *
 * <p>The syntax is meant for coordinators, not programmers:
 * <ul>
 *   <li>{@code {name}} is replaced by a fact; the names a file may use are fixed per file;</li>
 *   <li>{@code [ ... ]} is an optional passage, left out when a fact it uses is missing;</li>
 *   <li>a line starting with {@code #} is a comment;</li>
 *   <li>line breaks and runs of spaces count as one space, so a paragraph may be wrapped freely.</li>
 * </ul>
 * A fact missing outside any optional passage makes the whole part absent: the composer then
 * leaves the part out instead of printing a blank.
 */
final class LetterTemplate {

    private final String source;
    private final List<Segment> segments;

    private LetterTemplate(String source, List<Segment> segments) {
        this.source = source;
        this.segments = segments;
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code source}.
     *
     * @throws LetterTemplateException naming the file and line of the first problem found
     */
    static LetterTemplate parse(String source, String text, int firstLine, Set<String> known) {
        return new Parser(source, text, firstLine, known).parse();
    }

    String source() {
        return source;
    }

    /** The part with every placeholder filled, or empty if a required fact is missing. */
    Optional<String> fill(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (!segment.appendTo(out, values)) {
                return Optional.empty();
            }
        }
        String filled = out.toString().replaceAll("\\s+", " ").strip();
        return filled.isEmpty() ? Optional.empty() : Optional.of(filled);
    }

    private interface Segment {
        /** Appends this segment; false if a fact it needs is missing. */
        boolean appendTo(StringBuilder out, Map<String, String> values);
    }

    private record Text(String text) implements Segment {
        @Override
        public boolean appendTo(StringBuilder out, Map<String, String> values) {
            out.append(text);
            return true;
        }
    }

    private record Placeholder(String name) implements Segment {
        @Override
        public boolean appendTo(StringBuilder out, Map<String, String> values) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                return false;
            }
            out.append(value.strip());
            return true;
        }
    }

    private record OptionalPassage(List<Segment> inner) implements Segment {
        @Override
        public boolean appendTo(StringBuilder out, Map<String, String> values) {
            StringBuilder passage = new StringBuilder();
            for (Segment segment : inner) {
                if (!segment.appendTo(passage, values)) {
                    return true;
                }
            }
            out.append(passage);
            return true;
        }
    }

    private static final class Parser {
        private final String source;
        private final String text;
        private final Set<String> known;
        private int position;
        private int line;

        Parser(String source, String text, int firstLine, Set<String> known) {
            this.source = source;
            this.text = text;
            this.known = known;
            this.line = firstLine;
        }

        LetterTemplate parse() {
            List<Segment> top = new ArrayList<>();
            List<Segment> current = top;
            int passageLine = 0;
            boolean passageHasPlaceholder = false;
            StringBuilder literal = new StringBuilder();
            boolean lineStart = true;
            while (position < text.length()) {
                char c = text.charAt(position);
                if (lineStart && isCommentLine()) {
                    skipToNextLine();
                    continue;
                }
                lineStart = false;
                if (c == '\n') {
                    literal.append(' ');
                    line++;
                    lineStart = true;
                    position++;
                } else if (c == '{') {
                    flush(literal, current);
                    current.add(new Placeholder(placeholderName()));
                    passageHasPlaceholder = true;
                } else if (c == '}') {
                    throw fail("'}' without a matching '{'");
                } else if (c == '[') {
                    if (current != top) {
                        throw fail("'[' inside an optional passage; passages cannot be nested");
                    }
                    flush(literal, current);
                    current = new ArrayList<>();
                    passageLine = line;
                    passageHasPlaceholder = false;
                    position++;
                } else if (c == ']') {
                    if (current == top) {
                        throw fail("']' without a matching '['");
                    }
                    if (!passageHasPlaceholder) {
                        throw fail("optional passage [...] without a {placeholder}; it would always be printed");
                    }
                    flush(literal, current);
                    top.add(new OptionalPassage(List.copyOf(current)));
                    current = top;
                    position++;
                } else {
                    literal.append(c);
                    position++;
                }
            }
            if (current != top) {
                throw new LetterTemplateException(source, passageLine, "'[' is never closed with ']'");
            }
            flush(literal, current);
            if (top.isEmpty()) {
                throw new LetterTemplateException(source, "the template is empty");
            }
            return new LetterTemplate(source, List.copyOf(top));
        }

        private String placeholderName() {
            int close = text.indexOf('}', position);
            int newline = text.indexOf('\n', position);
            if (close < 0 || (newline >= 0 && newline < close)) {
                throw fail("'{' is never closed with '}' on the same line");
            }
            String name = text.substring(position + 1, close).strip();
            if (!known.contains(name)) {
                throw fail("unknown placeholder {" + name + "}; this file may use " + describe(known));
            }
            position = close + 1;
            return name;
        }

        private boolean isCommentLine() {
            int i = position;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i < text.length() && text.charAt(i) == '#';
        }

        private void skipToNextLine() {
            int newline = text.indexOf('\n', position);
            position = newline < 0 ? text.length() : newline + 1;
            line++;
        }

        private static void flush(StringBuilder literal, List<Segment> into) {
            if (literal.length() > 0) {
                into.add(new Text(literal.toString()));
                literal.setLength(0);
            }
        }

        private LetterTemplateException fail(String problem) {
            return new LetterTemplateException(source, line, problem);
        }

        private static String describe(Set<String> names) {
            StringBuilder out = new StringBuilder();
            for (String name : new TreeSet<>(names)) {
                out.append(out.length() == 0 ? "" : " ").append('{').append(name).append('}');
            }
            return out.toString();
        }
    }
}
