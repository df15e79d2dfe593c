package org.demarche.intake.calendar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content lines ical4j's parser is given, checked first. That parser stops at the first line
 * it cannot tokenise and the whole file is lost: a parameter without {@code =} (vCalendar-style
 * {@code ;X-KDE-SYNCED:}) throws, and a line without {@code :} or with an unclosed quote swallows
 * the next line, often an {@code END:VEVENT}. Its relaxed-parsing hint only skips a line that
 * does not start with a name. Calendar programs leave such a line out and show the rest, and so
 * does this: the line is kept out of the parse and noted on the component it was in, for the
 * reading to decide whether the event can do without it. An unquoted Outlook time-zone name
 * ({@code TZID=(UTC+01:00) Amsterdam, Berlin}), whose {@code :} would end the parameters early,
 * is quoted instead. What remains, and must hold for the file to be read at all, is its
 * structure: every BEGIN closed by its END, inside one VCALENDAR.
 */
final class LineQuarantine {

    private static final Pattern BEGIN_OR_END = Pattern.compile("(?i)(BEGIN|END)\\s*:\\s*(\\S*)\\s*");
    /** Characters that end a name for ical4j's tokeniser. */
    private static final String NAME_ENDS = ";:=\"";

    /** The lines to parse, and the lines kept out by the component they were in (numbered as ical4j numbers them). */
    record Screened(String text, Map<Integer, List<IcsComponent.UnreadableLine>> byComponent) {
    }

    private record Open(String name, int line, int ordinal) {
    }

    private LineQuarantine() {
    }

    /** @throws UnreadableCalendarException when the file has no VCALENDAR or its BEGIN and END lines do not pair up */
    static Screened screen(List<ContentLines.Line> lines) {
        StringBuilder text = new StringBuilder();
        Map<Integer, List<IcsComponent.UnreadableLine>> byComponent = new HashMap<>();
        Deque<Open> open = new ArrayDeque<>();
        int components = 0;
        for (ContentLines.Line line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            Matcher keyword = BEGIN_OR_END.matcher(line.text());
            if (keyword.matches()) {
                String name = keyword.group(2).toUpperCase(Locale.ROOT);
                if (keyword.group(1).equalsIgnoreCase("BEGIN")) {
                    begin(open, name, line.number(), components++);
                } else {
                    end(open, name, line.number());
                }
                text.append(keyword.group(1).toUpperCase(Locale.ROOT)).append(':').append(name).append("\r\n");
            } else if (!open.isEmpty()) { // lines around the VCALENDAR (a mail's text, say) are no content
                ContentLine.Checked checked = ContentLine.check(line.text());
                if (checked.problem() == null) {
                    text.append(checked.line()).append("\r\n");
                } else {
                    byComponent.computeIfAbsent(open.peek().ordinal(), key -> new ArrayList<>()).add(
                            new IcsComponent.UnreadableLine(line.number(), checked.property(), checked.problem()));
                }
            }
        }
        if (components == 0) {
            throw new UnreadableCalendarException("the file is not an iCalendar file: it has no BEGIN:VCALENDAR");
        }
        if (!open.isEmpty()) {
            Open last = open.peek();
            throw new UnreadableCalendarException("the file is cut off: it ends inside the " + last.name()
                    + " begun on line " + last.line() + ", without END:" + last.name()
                    + (last.name().equals("VCALENDAR") ? "" : " and END:VCALENDAR"));
        }
        return new Screened(text.toString(), byComponent);
    }

    private static void begin(Deque<Open> open, String name, int line, int ordinal) {
        if (name.isEmpty()) {
            throw new UnreadableCalendarException("line " + line + " is a BEGIN without a component name");
        }
        if (open.isEmpty() && !name.equals("VCALENDAR")) {
            throw new UnreadableCalendarException("line " + line + " begins a " + name + " outside any VCALENDAR");
        }
        open.push(new Open(name, line, ordinal));
    }

    private static void end(Deque<Open> open, String name, int line) {
        if (open.isEmpty()) {
            throw new UnreadableCalendarException("line " + line + " ends a " + name + " that was never begun");
        }
        if (!open.peek().name().equals(name)) {
            throw new UnreadableCalendarException("line " + line + " ends a " + name + " where the "
                    + open.peek().name() + " begun on line " + open.peek().line() + " should end first");
        }
        open.pop();
    }

    /** One property line as ical4j's tokeniser will see it: {@code name *(;param=value *(,value)) : value}. */
    static final class ContentLine {

        /** The line to parse (repaired where it needed it), or the property and why it cannot be parsed. */
        record Checked(String line, String property, String problem) {
        }

        private final String text;
        private int at;

        private ContentLine(String text) {
            this.text = text;
        }

        static Checked check(String text) {
            return new ContentLine(text).check();
        }

        private Checked check() {
            String name = name();
            if (name.isEmpty()) {
                return problem(name, "the line does not start with a property name");
            }
            if (name.equals("BEGIN") || name.equals("END")) {
                return problem(name, "a " + name + " line that is not " + name + ":<component>");
            }
            if (at < text.length() && text.charAt(at) != ';' && text.charAt(at) != ':') {
                return problem(name, "the property name holds " + shown(text.charAt(at)));
            }
            StringBuilder line = new StringBuilder(name);
            while (at < text.length() && text.charAt(at) == ';') {
                at++;
                String parameter = name();
                if (parameter.isEmpty()) {
                    return problem(name, "a parameter has no name");
                }
                if (at >= text.length() || text.charAt(at) != '=') {
                    return problem(name, at < text.length() && text.charAt(at) != ';' && text.charAt(at) != ':'
                            ? "the name of parameter " + parameter + " holds " + shown(text.charAt(at))
                            : "parameter " + parameter + " has no '=' and value");
                }
                at++;
                String problem = values(parameter, line.append(';').append(parameter).append('='));
                if (problem != null) {
                    return problem(name, problem);
                }
            }
            if (at >= text.length()) {
                return problem(name, "the line has no ':' before its value");
            }
            return new Checked(line.append(text, at, text.length()).toString(), name, null);
        }

        /** A property or parameter name: up to ';', ':', '=', '"' or a control character, none of which it can hold. */
        private String name() {
            int start = at;
            while (at < text.length() && NAME_ENDS.indexOf(text.charAt(at)) < 0 && text.charAt(at) >= ' ') {
                at++;
            }
            return text.substring(start, at);
        }

        private static String shown(char c) {
            return c < ' ' ? "a control character (U+" + String.format("%04X", (int) c) + ")" : "'" + c + "'";
        }

        /**
         * A parameter's values, appended to {@code line} as ical4j can read them; or why they cannot
         * be. ical4j keeps one quoted value only, so a list of them becomes one quoted value.
         */
        private String values(String parameter, StringBuilder line) {
            List<String> values = new ArrayList<>();
            boolean quote = false;
            do {
                if (!values.isEmpty()) {
                    at++; // the comma between two values
                }
                if (at < text.length() && text.charAt(at) == '"') {
                    int close = closingQuote(at + 1);
                    if (close < 0) {
                        return "the quoted value of parameter " + parameter + " is not closed";
                    }
                    values.add(text.substring(at + 1, close));
                    quote = true;
                    at = close + 1;
                } else {
                    int start = at;
                    // An Outlook time-zone name, "(UTC+01:00) Amsterdam, Berlin", runs past the ':' in its brackets.
                    if (at < text.length() && text.charAt(at) == '(' && text.indexOf(')', at) > 0) {
                        at = text.indexOf(')', at);
                        quote = true;
                    }
                    while (at < text.length() && ";:,\"".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    if (at < text.length() && text.charAt(at) == '"') {
                        return "parameter " + parameter + " has a '\"' inside a value that is not quoted";
                    }
                    values.add(text.substring(start, at));
                }
            } while (at < text.length() && text.charAt(at) == ',');
            if (at < text.length() && text.charAt(at) != ';' && text.charAt(at) != ':') {
                return "text follows the quoted value of parameter " + parameter;
            }
            String joined = String.join(",", values);
            line.append(quote ? "\"" + joined + "\"" : joined);
            return null;
        }

        /** The closing quote after {@code from}; ical4j's tokeniser reads a backslash as escaping the next character. */
        private int closingQuote(int from) {
            for (int i = from; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return i;
                }
            }
            return -1;
        }

        private Checked problem(String property, String problem) {
            return new Checked(null, property.toUpperCase(Locale.ROOT), problem);
        }
    }
}
