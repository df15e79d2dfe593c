package org.demarche.intake.hudoc;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Case names as letters cite them ("Ilgar Mammadov v. Azerbaijan (no. 2)") from HUDOC's capitals. */
final class CaseNames {

    private static final Set<String> SMALL_WORDS = Set.of("v.", "of", "and", "the", "in", "under", "no.", "de", "du",
            "des", "la", "le", "van", "von", "der", "den", "da", "di", "others");
    private static final Pattern CASE_OF = Pattern.compile("^(?:.*?\\bIN THE\\s+)?CASE OF\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENTS = Pattern.compile("\\s+[-–]\\s+|[:;]");
    private static final Pattern NOT_A_NUMBERED_CASE = Pattern.compile("\\s*\\((?![Nn]o\\.\\s*\\d+\\))[^)]*\\)");

    private CaseNames() {
    }

    /** From a docname such as {@code CASE OF ILGAR MAMMADOV v. AZERBAIJAN (No. 2)}. */
    static String fromDocname(String docname) {
        String name = CASE_OF.matcher(docname.strip()).replaceFirst("");
        String letters = name.replaceAll("(?i)\\bv\\.|\\bno\\.", "");
        if (!letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return name; // written in mixed case already: kept as written
        }
        StringBuilder titled = new StringBuilder();
        // Turkish capital İ lower-cases to i and a combining dot, which names do not have.
        for (String word : name.toLowerCase(Locale.ROOT).replace("i\u0307", "i").split(" ")) {
            if (titled.length() > 0) {
                titled.append(' ');
            }
            titled.append(SMALL_WORDS.contains(word) || word.equals("(no.") ? word : capitalise(word));
        }
        return titled.toString();
    }

    /**
     * The case a HUDOC-EXEC title names: the last of its parts (separated by " - ", ":" or ";") that
     * reads "X v. State", without parenthesised additions other than "(no. 2)"; null when none does.
     */
    static String fromTitle(String title) {
        if (title == null) {
            return null;
        }
        String found = null;
        for (String segment : SEGMENTS.split(title)) {
            if (segment.contains(" v. ")) {
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
