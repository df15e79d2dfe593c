package org.demarche.platform.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into what a reader sees as its pieces: words, runs of white space, and single
 * punctuation marks. A word is letters, digits and combining marks in any script (French, Russian,
 * Azerbaijani alike) and keeps an apostrophe or a hyphen between two of its letters, so that
 * {@code l’État}, {@code aujourd'hui} and {@code Jean-Pierre} each change as one word. White space
 * includes non-breaking spaces (French puts them before {@code :} and inside {@code « »}).
 */
final class WordTokens {

    private WordTokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        String normalised = text.replace("\r\n", "\n");
        int length = normalised.length();
        int start = 0;
        while (start < length) {
            int first = normalised.codePointAt(start);
            int end = start + Character.charCount(first);
            if (isSpace(first)) {
                while (end < length && isSpace(normalised.codePointAt(end))) {
                    end += Character.charCount(normalised.codePointAt(end));
                }
            } else if (isWordPart(first)) {
                while (end < length) {
                    int next = normalised.codePointAt(end);
                    if (isWordPart(next)) {
                        end += Character.charCount(next);
                    } else if (isJoiner(next) && end + Character.charCount(next) < length
                            && isWordPart(normalised.codePointAt(end + Character.charCount(next)))) {
                        end += Character.charCount(next);
                    } else {
                        break;
                    }
                }
            }
            tokens.add(normalised.substring(start, end));
            start = end;
        }
        return tokens;
    }

    /**
     * What two tokens are compared by: white space by how many lines it breaks (none, one, a
     * paragraph), so that a non-breaking space put in place of a plain one is no change a reader
     * could see; anything else as written.
     */
    static String key(String token) {
        if (!isSpace(token.codePointAt(0))) {
            return token;
        }
        long breaks = token.chars().filter(c -> c == '\n').count();
        return breaks == 0 ? " " : breaks == 1 ? "\n" : "\n\n";
    }

    static boolean isSpace(String token) {
        return !token.isEmpty() && isSpace(token.codePointAt(0));
    }

    /** Whether the text is nothing but white space (or nothing at all). */
    static boolean isAllSpace(String text) {
        return text.codePoints().allMatch(WordTokens::isSpace);
    }

    static boolean isParagraphBreak(String token) {
        return isSpace(token) && token.indexOf('\n') != token.lastIndexOf('\n');
    }

    /** A full stop, question or exclamation mark, or an ellipsis; false for null. */
    static boolean endsSentence(String token) {
        return token != null && (token.equals(".") || token.equals("!") || token.equals("?") || token.equals("…"));
    }

    static boolean isWord(String token) {
        return !token.isEmpty() && isWordPart(token.codePointAt(0));
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    private static boolean isWordPart(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** An apostrophe (straight, typographic, modifier letter) or a hyphen, inside a word. */
    private static boolean isJoiner(int codePoint) {
        return codePoint == '\'' || codePoint == '\u2019' || codePoint == '\u02BC' || codePoint == '-'
                || codePoint == '\u2011';
    }
}
