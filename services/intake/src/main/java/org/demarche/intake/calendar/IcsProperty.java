package org.demarche.intake.calendar;

import java.util.Locale;
import java.util.Map;

/**
 * One content line as written: name, raw value and parameters. Dates stay text until the zone
 * they are in is known, which ical4j's typed properties would resolve too early (and fail on the
 * Windows zone names that Outlook writes).
 */
record IcsProperty(String name, String value, Map<String, String> parameters) {

    IcsProperty {
        name = name.toUpperCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
    }

    String parameter(String parameter) {
        return parameters.get(parameter.toUpperCase(Locale.ROOT));
    }

    /** The value as TEXT (RFC 5545 §3.3.11): backslash escapes undone. */
    String text() {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString().strip();
    }
}
