package org.demarche.campaigns.casefile;

import java.util.Collections;
import java.util.Set;

/**
 * One word of a person's name, as written and as the Court may have romanised it.
 *
 * @param written   as the registry or the case name has it
 * @param spellings its plausible romanisations ({@link Romanisation#of})
 */
record NameWord(String written, Set<String> spellings) {

    NameWord {
        spellings = Set.copyOf(spellings);
    }

    static NameWord of(String written) {
        return new NameWord(written, Romanisation.of(written));
    }

    /** The same name, however each was romanised. */
    boolean sameAs(NameWord other) {
        return !Collections.disjoint(spellings, other.spellings);
    }

    /** A single letter, as the Court abbreviates a given name ("I. MAMMADOV"). */
    boolean isInitial() {
        return written.codePointCount(0, written.length()) == 1;
    }

    /** This initial abbreviates {@code name}: "I" of "Ilgar", "D" of "Джамиль" (Dzhamil'). */
    boolean abbreviates(NameWord name) {
        return isInitial() && spellings.stream()
                .anyMatch(initial -> name.spellings.stream().anyMatch(spelling -> spelling.startsWith(initial)));
    }

    /**
     * Whether this word, in a case name, fits this other name of the person: the same name, or one
     * the initial of the other ("I. MAMMADOV" and Ilgar; ILGAR MAMMADOV and "I. Mammadov").
     */
    boolean fits(NameWord personsName) {
        if (isInitial()) {
            return abbreviates(personsName);
        }
        return personsName.isInitial() ? personsName.abbreviates(this) : sameAs(personsName);
    }
}
