package org.demarche.campaigns.registry;

import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people write them: case, accents, punctuation and spacing set aside. */
final class PersonNames {

    private PersonNames() {
    }

    /** "Ilgar Mammadov v. Azerbaijan (no. 2)" → "ilgar mammadov v azerbaijan no 2". */
    public static String comparable(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
