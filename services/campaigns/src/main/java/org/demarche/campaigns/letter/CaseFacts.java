package org.demarche.campaigns.letter;

import java.util.Objects;

/**
 * An open case: the person held and what the letter should say about them.
 *
 * @param description one or more sentences, e.g. who the person is and how they came to be held
 */
public record CaseFacts(String person, String description) {

    public CaseFacts {
        Objects.requireNonNull(person, "person");
    }
}
