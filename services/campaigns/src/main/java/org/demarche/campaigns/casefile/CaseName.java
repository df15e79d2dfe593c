package org.demarche.campaigns.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applicants a court record's case name names, as the Court writes case names: "KAVALA v.
 * TÜRKİYE", "CASE OF NAVALNYY AND OFITSEROV v. RUSSIA", "SELAHATTİN DEMİRTAŞ v. TURKEY (No. 2) [GC]",
 * "AFFAIRE BERIDZE c. GÉORGIE", "Mammadli and Others v. Azerbaijan", "PROCEEDINGS UNDER ARTICLE 46 § 4 IN
 * THE CASE OF ILGAR MAMMADOV v. AZERBAIJAN". Each applicant is its given names or their initials, if the
 * Court gave any, and a surname, last. What follows "v." or "c." is the respondent state, which the
 * record's respondent codes say better.
 */
record CaseName(List<Applicant> applicants) {

    private static final Pattern ENGLISH_VERSUS = Pattern.compile("(?iU)\\s(?:v|vs|versus)\\.?\\s");
    private static final Pattern FRENCH_VERSUS = Pattern.compile("(?iU)\\s(?:c\\.?|c/|contre)\\s");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern CASE_OF = Pattern.compile("(?iU)\\b(?:case\\s+of|affaire)\\b");
    private static final Pattern AND_OTHERS = Pattern.compile(
            "(?iU)(?:,|&|\\band\\b|\\bet\\b)\\s*(?:others|another|autres|autre)\\s*$");
    private static final Pattern BETWEEN_APPLICANTS = Pattern.compile("(?iU)\\s*(?:,|&|\\band\\b|\\bet\\b)\\s*");

    CaseName {
        applicants = List.copyOf(applicants);
    }

    /** No applicant when the name has no "v." or "c." between applicants and respondent. */
    static CaseName of(String caseName) {
        if (caseName == null) {
            return new CaseName(List.of());
        }
        int versus = versus(caseName);
        if (versus < 0) {
            return new CaseName(List.of());
        }
        String named = BRACKETED.matcher(caseName.substring(0, versus)).replaceAll(" ");
        Matcher caseOf = CASE_OF.matcher(named);
        int start = 0;
        while (caseOf.find()) {
            start = caseOf.end();
        }
        named = AND_OTHERS.matcher(named.substring(start).strip()).replaceFirst("");
        List<Applicant> applicants = new ArrayList<>();
        for (String one : BETWEEN_APPLICANTS.split(named)) {
            List<NameWord> words = Romanisation.words(one).stream().map(NameWord::of).toList();
            if (!words.isEmpty()) {
                applicants.add(new Applicant(words.subList(0, words.size() - 1), words.get(words.size() - 1)));
            }
        }
        return new CaseName(applicants);
    }

    /** Whether one of the applicants is this person. */
    boolean names(PersonName person) {
        return applicants.stream().anyMatch(applicant -> applicant.is(person));
    }

    private static int versus(String caseName) {
        Matcher english = ENGLISH_VERSUS.matcher(caseName);
        if (english.find()) {
            return english.start();
        }
        Matcher french = FRENCH_VERSUS.matcher(caseName);
        return french.find() ? french.start() : -1;
    }

    /**
     * One applicant of a case name.
     *
     * @param givenNames what the Court wrote before the surname; usually nothing
     */
    record Applicant(List<NameWord> givenNames, NameWord surname) {

        Applicant {
            givenNames = List.copyOf(givenNames);
        }

        /**
         * The same surname, and every given name the Court wrote is one of the person's (or its
         * initial): "RASHAD MAMMADOV" is not Ilgar Mammadov. A person registered by surname alone has no
         * given name to contradict.
         */
        boolean is(PersonName person) {
            if (surname.isInitial() || !surname.sameAs(person.surname())) {
                return false;
            }
            return person.otherNames().isEmpty() || givenNames.stream()
                    .allMatch(given -> person.otherNames().stream().anyMatch(given::fits));
        }
    }
}
