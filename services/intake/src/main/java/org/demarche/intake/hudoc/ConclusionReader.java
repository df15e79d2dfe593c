package org.demarche.intake.hudoc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the articles the Court found violated from a judgment's conclusion, as HUDOC writes it:
 * items separated by ";" outside parentheses, such as {@code Violation of Article 5 - Right to
 * liberty and security (Article 5-1 - Lawful arrest or detention;Article 5-1-c - Reasonable
 * suspicion)}, {@code No violation of Article 6 - Right to a fair trial}, {@code Violation of
 * Article 1 of Protocol No. 1 - Protection of property}, {@code Violation of Article 18+5}; in
 * the short form of older records ({@code Violation of Art. 5-1}, {@code Violation of P1-1}); and
 * in French ({@code Violation de l'article 5 - Droit à la liberté et à la sûreté},
 * {@code Violation de l'article 1 du Protocole n° 1}). Only "Violation" items count: HUDOC's
 * {@code article} field lists the articles examined, violated or not.
 */
final class ConclusionReader {

    /** "Violation of", "Violations of", "Violation de" — not "No violation", "Non-violation". */
    private static final Pattern VIOLATION = Pattern.compile("^violations?\\s+(?:of|de)\\s+(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:the\\s+)?(?:l['’]\\s*)?(?:article|art\\.?)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROTOCOL_ARTICLE = Pattern.compile("^p\\s*(\\d+)\\s*-\\s*(\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_PROTOCOL = Pattern.compile(
            "\\b(?:of|du)\\s+(?:the\\s+)?(?:protocol[e]?|prot\\.)\\s*(?:no\\.?|nos?\\.?|n\\s?[°º]|nr\\.?)?\\s*(\\d+)"
                    + "|^\\s*p(\\d+)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where an item's heading ends: " - Right to liberty" (stray spaces and en dashes included). */
    private static final Pattern HEADING_END = Pattern.compile("\\s+[-–]\\s*|\\s*[-–]\\s+|\\s*\\(");

    private ConclusionReader() {
    }

    /** The conclusion's items, split at top-level ";", with runs of spaces made one. */
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
            String article = articleViolated(item);
            if (article != null) {
                articles.add(article);
            }
        }
        return List.copyOf(articles);
    }

    /** The violation items without their parenthesised detail, for the ruling's summary; null when there are none. */
    static String violationsSummary(String conclusion) {
        List<String> violations = new ArrayList<>();
        for (String item : items(conclusion)) {
            if (VIOLATION.matcher(item).matches()) {
                violations.add(readable(item.replaceAll("\\s*\\([^)]*\\)", "")));
            }
        }
        return violations.isEmpty() ? null : String.join("; ", violations);
    }

    /**
     * One item as a letter may quote it: HUDOC's "-{general}" heading marks dropped, "Art." and "Prot." written
     * out, a paragraph as "§" ("Article 5 § 1" for "5-1"), a heading's dash and the spaces set as in print.
     */
    static String readable(String item) {
        return item.replaceAll("\\s*-?\\{[^}]*}", "")
                .replaceAll("\\bArt\\.\\s*", "Article ")
                .replaceAll("\\bProt\\.\\s*", "Protocol No. ")
                .replaceAll("(Article \\d+)-(\\d+)\\b", "$1 § $2")
                .replaceAll("\\s+-\\s*", " - ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The article one item says was violated, or null when the item is no violation (or names none). */
    static String articleViolated(String item) {
        Matcher violation = VIOLATION.matcher(item);
        if (!violation.matches()) {
            return null;
        }
        String named = violation.group(1);
        Matcher protocolArticle = PROTOCOL_ARTICLE.matcher(named);
        if (protocolArticle.find()) {
            return "P" + protocolArticle.group(1) + "-" + protocolArticle.group(2);
        }
        Matcher article = ARTICLE.matcher(named);
        if (!article.find()) {
            return null;
        }
        Matcher protocol = OF_PROTOCOL.matcher(heading(named.substring(article.end())));
        if (protocol.find()) {
            return "P" + (protocol.group(1) != null ? protocol.group(1) : protocol.group(2)) + "-" + article.group(1);
        }
        return article.group(1);
    }

    /** The words before the article's title or parenthesised detail: "5-1", " of Protocol No. 1". */
    private static String heading(String rest) {
        Matcher end = HEADING_END.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }

    private static void add(List<String> items, StringBuilder item) {
        String text = item.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            items.add(text);
        }
    }
}
