package org.demarche.campaigns.letter;

import java.util.List;
import java.util.Objects;

/**
 * The head of state or government the letter is addressed to, as kept in the registry.
 *
 * @param title        e.g. "President of the French Republic"
 * @param language     ISO 639-1 code of the addressee's language, may be {@code null}
 * @param salutation   printed as given, e.g. "Dear President Macron,"
 * @param addressLines the postal address block, printed verbatim one line each
 */
public record Addressee(String name, String title, String language, String salutation, List<String> addressLines) {

    public Addressee {
        Objects.requireNonNull(name, "name");
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }
}
