package org.demarche.intake.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A component as written (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, ...), with what it contains.
 *
 * @param unreadable its lines that could not be parsed and were left out
 */
record IcsComponent(String name, List<IcsProperty> properties, List<IcsComponent> components,
                    List<UnreadableLine> unreadable) {

    /** A content line left out of the parse: the line of the file, the property it seemed to be, and why. */
    record UnreadableLine(int line, String property, String problem) {

        @Override
        public String toString() {
            return (property.isEmpty() ? "line " + line : "the " + property + " line (" + line + ")") + " cannot be read: "
                    + problem;
        }
    }

    IcsComponent {
        name = name.toUpperCase(Locale.ROOT);
        properties = List.copyOf(properties);
        components = List.copyOf(components);
        unreadable = List.copyOf(unreadable);
    }

    Optional<IcsProperty> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }

    List<IcsProperty> all(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).toList();
    }

    /** The property's TEXT value, or null when absent or blank. */
    String text(String propertyName) {
        return property(propertyName).map(IcsProperty::text).filter(t -> !t.isEmpty()).orElse(null);
    }

    /** Those of its unreadable lines that would have been one of these properties. */
    List<UnreadableLine> unreadable(Set<String> propertyNames) {
        return unreadable.stream().filter(line -> propertyNames.contains(line.property())).toList();
    }

    /** The names (CN) its attendees are given. */
    List<String> attendeeNames() {
        return all("ATTENDEE").stream().map(attendee -> attendee.parameter("CN"))
                .filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
    }

    List<IcsComponent> components(String componentName) {
        return components.stream().filter(c -> c.name().equals(componentName)).toList();
    }
}
