package org.demarche.campaigns.casefile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * The Latin spellings the European Court of Human Rights may have given a word of a name.
 *
 * <p>The Court writes names in its own English romanisation: Azerbaijani by a table of its own
 * (Məmmədova → MAMMADOVA, Cəfərov → JAFAROV, Xəlilov → KHALILOV), Turkish without diacritics (Demirtaş →
 * DEMIRTAS, or as written: DEMİRTAŞ), Russian and Ukrainian Cyrillic much as the BGN/PCGN systems do
 * (Навальный → NAVALNYY, Зиновьева → ZINOVYEVA). Partners write the same names in the original
 * alphabet, in an English romanisation already, or without diacritics, and nothing tells which: "Jafarov"
 * is English romanisation, where the Azerbaijani table would make "zhafarov" of it. So a word gets every
 * spelling it plausibly stands for, and two words are the same name when their sets meet: "Cəfərov"
 * gives {cafarov, jafarov} and "JAFAROV" gives {jafarov, zhafarov}.
 *
 * <p>Spellings are lower-case ASCII letters and digits. ICU's BGN transforms do the Cyrillic, Georgian and
 * Armenian alphabets, {@code Latin-ASCII} the diacritics; the Azerbaijani table is ours.
 */
final class Romanisation {

    /** Apostrophes and primes inside a word ("Naval'nyy", "O’Brien") join its letters. */
    private static final String JOINERS = "['’ʼʹʺ`´‘ʻ]";
    private static final String SEPARATORS = "[^\\p{L}\\p{M}\\p{N}]+";

    private static final Script RUSSIAN = new Script("Russian-Latin/BGN; Latin-ASCII");
    private static final Script UKRAINIAN = new Script("Ukrainian-Latin/BGN; Latin-ASCII");
    private static final Script GEORGIAN = new Script("Georgian-Latin/BGN; Latin-ASCII");
    private static final Script ARMENIAN = new Script("Armenian-Latin/BGN; Latin-ASCII");
    private static final Script ANY = new Script("Any-Latin; Latin-ASCII");
    private static final Script DIACRITICS = new Script("Latin-ASCII");

    private Romanisation() {
    }

    /** The words of a name or a case name as written: "Naval'nyy, A.-B." → [Navalnyy, A, B]. */
    static List<String> words(String text) {
        String joined = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll(JOINERS, "");
        List<String> words = new ArrayList<>();
        for (String word : joined.split(SEPARATORS)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every spelling of one word the Court may have used, e.g. "Məmmədova" → {mammadova}. */
    static Set<String> of(String word) {
        Set<String> spellings = new LinkedHashSet<>();
        if (has(word, Character.UnicodeScript.CYRILLIC)) {
            // Russian and Ukrainian write some names alike and romanise them apart (Гонгадзе: GONGADZE, HONHADZE)
            spellings.add(ascii(RUSSIAN.apply(word)));
            spellings.add(ascii(UKRAINIAN.apply(word)));
        } else if (has(word, Character.UnicodeScript.GEORGIAN)) {
            spellings.add(ascii(GEORGIAN.apply(word)));
        } else if (has(word, Character.UnicodeScript.ARMENIAN)) {
            spellings.add(ascii(ARMENIAN.apply(word)));
        } else if (latinOrDigits(word)) {
            String lower = lowerCase(word);
            spellings.add(ascii(plain(lower)));
            spellings.add(ascii(azerbaijani(lower)));
            spellings.addAll(russianEndings(ascii(plain(lower))));
        } else {
            spellings.add(ascii(ANY.apply(word)));
        }
        spellings.remove("");
        return spellings;
    }

    /**
     * The press writes Russian names' "-ый"/"-ий" endings as a plain "-y" ("Navalny", "Khodorkovsky"), where
     * the Court writes "-yy"/"-iy" (NAVALNYY, KHODORKOVSKIY): a Latin word ending in a consonant and "y" may
     * stand for either. Other words are left alone.
     */
    private static Set<String> russianEndings(String ascii) {
        if (ascii.length() < 4 || !ascii.endsWith("y") || "aeiouy".indexOf(ascii.charAt(ascii.length() - 2)) >= 0) {
            return Set.of();
        }
        String stem = ascii.substring(0, ascii.length() - 1);
        return Set.of(stem + "yy", stem + "iy");
    }

    /**
     * Lower case without the Turkish and Azerbaijani dotted capital becoming "i" and a combining dot;
     * both dotted and dotless i are romanised "i".
     */
    private static String lowerCase(String word) {
        return word.replace('İ', 'i').toLowerCase(Locale.ROOT);
    }

    /** As written, diacritics dropped (the Turkish rule; ə, which has no base letter, is "a"). */
    private static String plain(String lower) {
        return lower.replace('ə', 'a');
    }

    /** The Court's table for Azerbaijani Latin letters. */
    private static String azerbaijani(String lower) {
        StringBuilder romanised = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char letter = lower.charAt(i);
            romanised.append(switch (letter) {
                case 'ə' -> "a";
                case 'x' -> "kh";
                case 'c' -> "j";
                case 'ç' -> "ch";
                case 'ş' -> "sh";
                case 'ğ' -> "gh";
                case 'q' -> "g";
                case 'ı' -> "i";
                case 'ö' -> "o";
                case 'ü' -> "u";
                case 'j' -> "zh";
                default -> String.valueOf(letter);
            });
        }
        return romanised.toString();
    }

    private static String ascii(String latin) {
        String folded = isAscii(latin) ? latin : DIACRITICS.apply(latin);
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static boolean has(String word, Character.UnicodeScript script) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    private static boolean latinOrDigits(String word) {
        return word.codePoints().allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED;
        });
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    /** One ICU transform; ICU4J does not promise that one instance may transliterate on two threads at once. */
    private static final class Script {

        private final Transliterator transliterator;

        Script(String id) {
            this.transliterator = Transliterator.getInstance(id);
        }

        synchronized String apply(String text) {
            return transliterator.transliterate(text);
        }
    }
}
