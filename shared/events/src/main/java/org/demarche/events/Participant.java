package org.demarche.events;

import static java.util.Objects.requireNonNull;

/**
 * A person taking part in a meeting.
 *
 * @param name    full name, required
 * @param title   office held, e.g. "President of the Republic of Azerbaijan"; optional
 * @param country ISO 3166-1 alpha-2 code of the country the person represents, required
 */
public record Participant(String name, String title, String country) {

    public Participant {
        requireNonNull(name, "name is required");
        requireNonNull(country, "country is required");
    }
}
