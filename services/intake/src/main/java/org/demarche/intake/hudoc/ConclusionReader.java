package org.demarche.intake.hudoc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the articles the Court found violated from a judgment's conclusion, as HUDOC writes it:
 * items separated by ";" outside parentheses, such as {@code Violation of Article 5 - Right to
 * liberty and security (Article 5-1 - Lawful arrest or detention)}, {@code No violation of
 * Article 6 - Right to a fair trial}, {@code Violation of Article 1 of Protocol No. 1 -
 * Protection of property}, {@code Violation of Article 18+5 - Limitation on use of restrictions
 * on rights}. Only "Violation of" items count: HUDOC's {@code article} field lists the articles
 * examined, violated or not.
 */
final class ConclusionReader {

    private static final Pattern VIOLATION = Pattern.compile(
            "^violation of article (\\d+)[-+\\w]*(?:\\s+of\\s+protocol\\s+no\\.?\\s*(\\d+))?", Pattern.CASE_INSENSITIVE);

    private ConclusionReader() {
    }

    /** The conclusion's items, split at top-level ";". */
    static List<String> items(String conclusion) {
        List<String> items = new ArrayList<>();
        if (conclusion == null) {
            return items;
        }
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : conclusion.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == ';' && depth == 0) {
                add(items, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(items, current);
        return items;
    }

    /** The articles violated, in the order the conclusion names them, each once: "5", "18", "P1-1". */
    static List<String> articlesViolated(String conclusion) {
        Set<String> articles = new LinkedHashSet<>();
        for (String item : items(conclusion)) {
            Matcher violation = VIOLATION.matcher(item);
            if (violation.find()) {
                articles.add(violation.group(2) == null ? violation.group(1)
                        : "P" + violation.group(2) + "-" + violation.group(1));
            }
        }
        return List.copyOf(articles);
    }

    /** The violation items without their parenthesised detail, for the ruling's summary; null when there are none. */
    static String violationsSummary(String conclusion) {
        List<String> violations = new ArrayList<>();
        for (String item : items(conclusion)) {
            if (item.toLowerCase(Locale.ROOT).startsWith("violation of")) {
                violations.add(item.replaceAll("\\s*\\([^)]*\\)", "").strip());
            }
        }
        return violations.isEmpty() ? null : String.join("; ", violations);
    }

    private static void add(List<String> items, StringBuilder item) {
        String text = item.toString().strip();
        if (!text.isEmpty()) {
            items.add(text);
        }
    }
}
