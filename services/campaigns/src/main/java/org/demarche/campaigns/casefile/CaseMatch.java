package org.demarche.campaigns.casefile;

import java.util.Collection;
import java.util.Locale;

/**
 * Whether a court record is about a registered case: it shares one of the case's application
 * numbers, or its case name names the person the Court's way ({@link CaseName}, {@link PersonName}), the
 * case's country being one of its respondents. Judgments about other people in the same country are not
 * the letter's business.
 */
final class CaseMatch {

    private CaseMatch() {
    }

    /** "15172/13" and " 15172/13 " are one application. */
    static boolean sameApplication(String one, String other) {
        return normalised(one).equals(normalised(other));
    }

    static boolean sharesApplication(Collection<String> numbers, Collection<String> others) {
        return numbers.stream().anyMatch(number -> others.stream().anyMatch(other -> sameApplication(number, other)));
    }

    /** Whether the case name has this person among its applicants (alone, with others, "and Others"). */
    static boolean namesPerson(String caseName, String person) {
        return PersonName.of(person).map(CaseName.of(caseName)::names).orElse(false);
    }

    private static String normalised(String number) {
        return number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
