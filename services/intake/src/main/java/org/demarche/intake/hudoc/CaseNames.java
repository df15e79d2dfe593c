package org.demarche.intake.hudoc;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case names as letters cite them ("Ilgar Mammadov v. Azerbaijan (no. 2)") from HUDOC's capitals,
 * in English ({@code CASE OF ... v. ...}) or French ({@code AFFAIRE ... c. ...}).
 */
final class CaseNames {

    private static final Set<String> SMALL_WORDS = Set.of("v.", "c.", "of", "and", "the", "in", "under", "no.", "n°",
            "de", "du", "des", "la", "le", "et", "van", "von", "der", "den", "da", "di", "others", "autres");
    private static final Pattern CASE_OF = Pattern.compile(
            "^(?:.*?\\b(?:IN THE|DANS L['’])\\s*)?(?:CASE OF|AFFAIRE)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENTS = Pattern.compile("\\s+[-–]\\s+|[:;]");
    private static final Pattern NOT_A_NUMBERED_CASE = Pattern.compile("\\s*\\((?![Nn](?:o\\.|°)\\s*\\d+\\))[^)]*\\)");
    private static final Pattern BRACKETED = Pattern.compile("\\[\\p{L}+\\]");

    private CaseNames() {
    }

    /** From a docname such as {@code CASE OF ILGAR MAMMADOV v. AZERBAIJAN (No. 2)}. */
    static String fromDocname(String docname) {
        String name = CASE_OF.matcher(docname.strip()).replaceFirst("");
        String letters = name.replaceAll("(?i)\\b[vc]\\.|\\bno\\.|\\bn°", "");
        if (!letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return name; // written in mixed case already: kept as written
        }
        StringBuilder titled = new StringBuilder();
        // Turkish capital İ lower-cases to i and a combining dot, which names do not have.
        for (String word : name.toLowerCase(Locale.ROOT).replace("i\u0307", "i").split("\\s+")) {
            if (titled.length() == 0) {
                titled.append(capitalise(word)); // an applicant's initial "C." is no French "c."
                continue;
            }
            titled.append(' ').append(SMALL_WORDS.contains(word) || word.equals("(no.") || word.equals("(n°") ? word
                    : BRACKETED.matcher(word).matches() ? word.toUpperCase(Locale.ROOT) : capitalise(word));
        }
        return titled.toString();
    }

    /**
     * The case a HUDOC-EXEC title names: the last of its parts (separated by " - ", ":" or ";") that
     * reads "X v. State" (or in French "X c. État"), without parenthesised additions other than
     * "(no. 2)"; null when none does.
     */
    static String fromTitle(String title) {
        if (title == null) {
            return null;
        }
        String found = null;
        for (String segment : SEGMENTS.split(title)) {
            if (segment.contains(" v. ") || segment.contains(" c. ")) {
                found = NOT_A_NUMBERED_CASE.matcher(segment).replaceAll("").strip();
            }
        }
        return found;
    }

    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '(' || c == '’';
        }
        return out.toString();
    }
}
