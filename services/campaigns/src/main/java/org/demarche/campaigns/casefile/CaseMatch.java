package org.demarche.campaigns.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.demarche.campaigns.registry.PersonNames;
import org.demarche.campaigns.registry.RegisteredCase;

/**
 * Whether a ruling or resolution is about a registered case: one of the case's application numbers,
 * or a case name whose applicant is the person ("Ilgar Mammadov v. Azerbaijan (no. 2)", "CASE OF
 * MAMMADOV AND OTHERS v. ..."), the respondent being the case's country. Judgments about other people
 * in the same country are not the letter's business.
 */
final class CaseMatch {

    /** Where the applicant's name ends in a case name, once made comparable: "v.", "vs", "c." (French). */
    private static final Set<String> VERSUS = Set.of("v", "vs", "versus", "c", "contre");
    private static final List<List<String>> LEADING = List.of(List.of("case", "of"), List.of("affaire"));
    private static final List<List<String>> TRAILING = List.of(List.of("and", "others"), List.of("et", "autres"));

    private CaseMatch() {
    }

    static boolean concerns(RegisteredCase registeredCase, String respondent, String applicationNo, String caseName) {
        if (!registeredCase.country().equals(respondent)) {
            return false;
        }
        if (applicationNo != null && registeredCase.applicationNos().stream()
                .anyMatch(number -> sameApplication(number, applicationNo))) {
            return true;
        }
        return caseName != null && namesApplicant(caseName, registeredCase.person());
    }

    static boolean sameApplication(String one, String other) {
        return one.replaceAll("\\s+", "").equalsIgnoreCase(other.replaceAll("\\s+", ""));
    }

    /** Whether the case is brought by this person (alone or "and others"). */
    static boolean namesApplicant(String caseName, String person) {
        List<String> words = Arrays.asList(PersonNames.comparable(caseName).split(" "));
        int versus = -1;
        for (int i = 0; i < words.size(); i++) {
            if (VERSUS.contains(words.get(i))) {
                versus = i;
                break;
            }
        }
        if (versus <= 0) {
            return false;
        }
        List<String> applicant = words.subList(0, versus);
        for (List<String> leading : LEADING) {
            if (applicant.size() > leading.size() && applicant.subList(0, leading.size()).equals(leading)) {
                applicant = applicant.subList(leading.size(), applicant.size());
            }
        }
        for (List<String> trailing : TRAILING) {
            int size = applicant.size();
            if (size > trailing.size() && applicant.subList(size - trailing.size(), size).equals(trailing)) {
                applicant = applicant.subList(0, size - trailing.size());
            }
        }
        return String.join(" ", applicant).equals(PersonNames.comparable(person));
    }
}
