package org.demarche.campaigns.draft;

import java.util.List;

import org.demarche.campaigns.letter.EditablePart;
import org.demarche.campaigns.letter.Letter;

/**
 * What a partner's signature vouches for: the ask as worded and the people the letter names (the
 * persons of the open cases). A later version with the same substance keeps the signatures given
 * before; one with another substance — a new ask, a person added or dropped — needs them again.
 * Any other rewording (a new ruling cited, a sentence polished) keeps them.
 */
public final class DraftSubstance {

    private DraftSubstance() {
    }

    public static String of(Letter letter, List<String> personsNamed) {
        return "ask: " + letter.text(EditablePart.ASK).orElse("") + "\n"
                + "people named: " + String.join("; ", personsNamed);
    }
}
