package org.demarche.campaigns.registry;

import java.util.Collection;
import java.util.Locale;

/**
 * Court application numbers compared as the Court means them: "15172/13" and " 15172/13 " are one
 * application. The registry uses it to learn numbers once, the case file to decide which records a case
 * shares a number with.
 */
public final class ApplicationNumbers {

    private ApplicationNumbers() {
    }

    static boolean same(String one, String other) {
        return normalised(one).equals(normalised(other));
    }

    /** Whether any number of one list is one of the other's. */
    public static boolean shareAny(Collection<String> numbers, Collection<String> others) {
        return numbers.stream().anyMatch(number -> others.stream().anyMatch(other -> same(number, other)));
    }

    private static String normalised(String number) {
        return number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
