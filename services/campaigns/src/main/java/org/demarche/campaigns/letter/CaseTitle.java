package org.demarche.campaigns.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
