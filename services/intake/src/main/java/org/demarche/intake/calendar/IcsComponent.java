package org.demarche.intake.calendar;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A component as written (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, ...), with what it contains. */
record IcsComponent(String name, List<IcsProperty> properties, List<IcsComponent> components) {

    IcsComponent {
        name = name.toUpperCase(Locale.ROOT);
        properties = List.copyOf(properties);
        components = List.copyOf(components);
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

    List<IcsComponent> components(String componentName) {
        return components.stream().filter(c -> c.name().equals(componentName)).toList();
    }
}
