package org.demarche.campaigns.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's title as the Court writes it, in English ("Chiragov and Others v. Armenia", "Ilgar
 * Mammadov v. Azerbaijan (no. 2)") or in French ("Chiragov et autres c. Arménie", "Ilgar Mammadov
 * c. Azerbaïdjan (n° 2)"): the applicants, whether "and Others" follows them, the word between the
 * parties, the respondent states as one text, and the number of a later case with the same parties.
 */
record CaseTitle(String applicants, boolean others, String versus, String respondents, String number) {

    private static final Pattern TITLE = Pattern.compile(
            "(?<applicants>.+?)(?<others> (?i:and others|et autres))? (?<versus>v\\.|c\\.) (?<respondents>.+?)"
                    + "(?: \\((?i:no\\.?|n°|nº) ?(?<number>\\d+)\\))?");
    private static final List<String> SEPARATORS = List.of(", ", " and ", " et ");
    /** A word of a name: a capital first ("Sejdić", "O'Brien", "S.A.S.", "Open", "Ltd"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    /** Small words inside surnames ("van der Mussele", "da Silva", "bin Talal"). */
    private static final Set<String> PARTICLES = Set.of("al", "bin", "da", "das", "de", "del", "della", "den", "der",
            "di", "do", "dos", "du", "el", "ibn", "la", "le", "ter", "van", "von");
    private static final int LONGEST_NAME = 6;

    /** The title's parts; empty if it is not "… v. …" or "… c. …" (a title the letter then prints as given). */
    static Optional<CaseTitle> parse(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher matcher = TITLE.matcher(title.strip().replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CaseTitle(matcher.group("applicants"), matcher.group("others") != null,
                matcher.group("versus"), matcher.group("respondents"), matcher.group("number")));
    }

    /**
     * The applicants one by one, when the title lists several as the Court does ("Sejdić and Finci",
     * "A, B and C", "Sejdić et Finci"): empty for a single applicant, and for a text that may be one
     * name holding the word ("Committee for Peace and Freedom": a small word other than a surname's
     * particle makes it a body's name, which the letter leaves as received).
     */
    Optional<List<String>> applicantNames() {
        String conjunction = versus.equals("v.") ? " and " : " et ";
        int last = applicants.lastIndexOf(conjunction);
        if (last <= 0) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(Arrays.asList(applicants.substring(0, last).split(", ")));
        names.add(applicants.substring(last + conjunction.length()));
        return names.stream().allMatch(CaseTitle::isAName) ? Optional.of(List.copyOf(names)) : Optional.empty();
    }

    private static boolean isAName(String text) {
        List<String> words = Arrays.asList(text.split(" "));
        return words.size() <= LONGEST_NAME && words.stream().anyMatch(word -> NAME_WORD.matcher(word).matches())
                && words.stream().allMatch(word -> NAME_WORD.matcher(word).matches() || PARTICLES.contains(word));
    }

    /**
     * The respondent states as {@code language} names them, in the title's order; empty unless
     * {@code states} knows every one ("Armenia and Azerbaijan", "Bosnia and Herzegovina").
     */
    Optional<List<String>> respondentsIn(NameTable states, String language) {
        return split(respondents, states).map(names -> names.stream().map(name -> states.in(language, name)).toList());
    }

    /** The text as known state names joined by ", ", " and " or " et "; the whole text first. */
    private static Optional<List<String>> split(String text, NameTable states) {
        if (states.known(text).isPresent()) {
            return Optional.of(List.of(text));
        }
        for (String separator : SEPARATORS) {
            for (int at = text.indexOf(separator); at > 0; at = text.indexOf(separator, at + 1)) {
                String first = text.substring(0, at);
                if (states.known(first).isPresent()) {
                    Optional<List<String>> rest = split(text.substring(at + separator.length()), states);
                    if (rest.isPresent()) {
                        List<String> names = new ArrayList<>();
                        names.add(first);
                        names.addAll(rest.get());
                        return Optional.of(names);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
