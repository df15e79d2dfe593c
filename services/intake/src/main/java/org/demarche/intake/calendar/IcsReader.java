package org.demarche.intake.calendar;

import java.io.IOException;
import java.io.StringReader;
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

/**
 * Reads an iCalendar file into its components with ical4j's parser (parameters unquoted as RFC
 * 5545 says, with the leniency real clients need), or refuses it whole when it is no calendar at
 * all. Lines the parser would stop at are kept out of it first ({@link LineQuarantine}) and
 * travel with their component, so that one odd line costs at most its event, not the file.
 */
final class IcsReader {

    private IcsReader() {
    }

    /**
     * @throws UnreadableCalendarException when the file is too large, not UTF-8 text, has no VCALENDAR or
     *                                     is cut off mid-structure
     */
    static IcsComponent read(byte[] content, CalendarProperties limits) {
        if (content.length > limits.maxSize().toBytes()) {
            throw new UnreadableCalendarException("the file is " + content.length + " bytes; at most "
                    + limits.maxSize().toBytes() + " (" + limits.maxSize() + ") are accepted");
        }
        LineQuarantine.Screened screened = LineQuarantine.screen(ContentLines.of(content));
        Collector collector = new Collector(screened.byComponent());
        try {
            // Unfolded already (ContentLines); relaxed parsing is on (ical4j.properties).
            new CalendarParserImpl().parse(new StringReader(screened.text()), collector);
        } catch (ParserException e) {
            throw new UnreadableCalendarException("the file breaks iCalendar syntax near content line " + e.getLineNo()
                    + ": " + rootMessage(e));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableCalendarException("the file cannot be read as iCalendar: " + rootMessage(e));
        }
        if (collector.calendar == null) {
            throw new UnreadableCalendarException("the file has no complete VCALENDAR");
        }
        return collector.calendar;
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

        private final Map<Integer, List<IcsComponent.UnreadableLine>> unreadable;
        private final Deque<Building> open = new ArrayDeque<>();
        private int components;
        private IcsComponent calendar;
        private String propertyName;
        private String propertyValue;
        private Map<String, String> parameters;

        /** @param unreadable the lines kept out of the parse, by the position of their component's BEGIN in the file */
        Collector(Map<Integer, List<IcsComponent.UnreadableLine>> unreadable) {
            this.unreadable = unreadable;
        }

        @Override
        public void startCalendar() {
            open.push(building("VCALENDAR"));
        }

        private Building building(String name) {
            return new Building(name, unreadable.getOrDefault(components++, List.of()));
        }

        @Override
        public void endCalendar() {
            Building built = open.pop();
            calendar = built.build();
        }

        @Override
        public void startComponent(String name) {
            open.push(building(name));
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
        final List<IcsComponent.UnreadableLine> unreadable;
        final List<IcsProperty> properties = new ArrayList<>();
        final List<IcsComponent> components = new ArrayList<>();

        Building(String name, List<IcsComponent.UnreadableLine> unreadable) {
            this.name = name;
            this.unreadable = unreadable;
        }

        IcsComponent build() {
            return new IcsComponent(name, properties, components, unreadable);
        }
    }
}
