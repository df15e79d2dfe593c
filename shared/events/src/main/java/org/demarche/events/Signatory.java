package org.demarche.events;

import static java.util.Objects.requireNonNull;

/**
 * A person signing a letter on behalf of an organisation.
 *
 * @param name         full name, required
 * @param title        position in the organisation; optional
 * @param organisation the organisation signing, required
 * @param country      ISO 3166-1 alpha-2 code of the organisation's country; optional
 */
public record Signatory(String name, String title, String organisation, String country) {

    public Signatory {
        requireNonNull(name, "name is required");
        requireNonNull(organisation, "organisation is required");
    }
}
