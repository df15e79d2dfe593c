package org.demarche.intake.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Reads an iCalendar file into its components with ical4j's parser (lines unfolded, parameters
 * unquoted as RFC 5545 says, with the leniency real clients need), or refuses it whole.
 */
final class IcsReader {

    private IcsReader() {
    }

    /**
     * @throws UnreadableCalendarException when the file is too large, not UTF-8, has no VCALENDAR or
     *                                     breaks the syntax
     */
    static IcsComponent read(byte[] content, CalendarProperties limits) {
        if (content.length > limits.maxSize().toBytes()) {
            throw new UnreadableCalendarException("the file is " + content.length + " bytes; at most "
                    + limits.maxSize().toBytes() + " (" + limits.maxSize() + ") are accepted");
        }
        String text = decode(content);
        if (!text.toUpperCase(Locale.ROOT).contains("BEGIN:VCALENDAR")) {
            throw new UnreadableCalendarException("the file is not an iCalendar file: it has no BEGIN:VCALENDAR");
        }
        Collector collector = new Collector();
        try {
            new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(text), true), collector);
        } catch (ParserException e) {
            throw new UnreadableCalendarException("the file breaks iCalendar syntax near line " + e.getLineNo()
                    + ": " + rootMessage(e));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableCalendarException("the file cannot be read as iCalendar: " + rootMessage(e));
        }
        if (collector.calendar == null) {
            throw new UnreadableCalendarException("the file has no complete VCALENDAR");
        }
        return collector.calendar;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableCalendarException("the file is not UTF-8 text, as RFC 5545 requires");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Builds the component tree from the parser's callbacks. */
    private static final class Collector implements ContentHandler {

        private final Deque<Building> open = new ArrayDeque<>();
        private IcsComponent calendar;
        private String propertyName;
        private String propertyValue;
        private Map<String, String> parameters;

        @Override
        public void startCalendar() {
            open.push(new Building("VCALENDAR"));
        }

        @Override
        public void endCalendar() {
            Building built = open.pop();
            calendar = built.build();
        }

        @Override
        public void startComponent(String name) {
            open.push(new Building(name));
        }

        @Override
        public void endComponent(String name) {
            Building built = open.pop();
            if (open.isEmpty()) {
                throw new IllegalStateException("END:" + name + " outside VCALENDAR");
            }
            open.peek().components.add(built.build());
        }

        @Override
        public void startProperty(String name) {
            propertyName = name;
            propertyValue = "";
            parameters = new LinkedHashMap<>();
        }

        @Override
        public void propertyValue(String value) {
            propertyValue = value == null ? "" : value;
        }

        @Override
        public void parameter(String name, String value) {
            parameters.put(name.toUpperCase(Locale.ROOT), stripQuotes(value));
        }

        @Override
        public void endProperty(String name) {
            if (open.isEmpty()) {
                throw new IllegalStateException(name + " outside VCALENDAR");
            }
            open.peek().properties.add(new IcsProperty(propertyName, propertyValue, parameters));
        }

        private static String stripQuotes(String value) {
            if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                return value.substring(1, value.length() - 1);
            }
            return value == null ? "" : value;
        }
    }

    private static final class Building {
        final String name;
        final List<IcsProperty> properties = new ArrayList<>();
        final List<IcsComponent> components = new ArrayList<>();

        Building(String name) {
            this.name = name;
        }

        IcsComponent build() {
            return new IcsComponent(name, properties, components);
        }
    }
}
