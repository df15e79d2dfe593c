package org.demarche.intake.heads;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds heads of state named in free text (an event title, attendee names). Names are compared
 * as words without accents or case, so "Erdogan" finds Erdoğan and "MACRON" finds Macron. A head
 * is found by the full name or by a short form: the aliases when the entry gives some, else the
 * surname (last word). A short form that two heads share ("Donald") finds neither of them unless
 * the full name is there too: a wrong participant would open the wrong campaign.
 */
final class NameMatcher {

    private final List<HeadOfState> heads;
    private final Map<String, List<HeadOfState>> byShortForm = new HashMap<>();

    NameMatcher(List<HeadOfState> heads) {
        this.heads = List.copyOf(heads);
        for (HeadOfState head : heads) {
            for (String shortForm : shortForms(head)) {
                byShortForm.computeIfAbsent(shortForm, key -> new ArrayList<>()).add(head);
            }
        }
    }

    /** The heads named in {@code text}, in the order they are first named, each once. */
    List<HeadOfState> find(String text) {
        String haystack = " " + normalise(text) + " ";
        Map<HeadOfState, Integer> found = new LinkedHashMap<>();
        for (HeadOfState head : heads) {
            int at = positionOf(haystack, normalise(head.name()));
            if (at < 0) {
                for (String shortForm : shortForms(head)) {
                    int position = positionOf(haystack, shortForm);
                    if (position >= 0 && byShortForm.get(shortForm).size() == 1) {
                        at = at < 0 ? position : Math.min(at, position);
                    }
                }
            }
            if (at >= 0) {
                found.put(head, at);
            }
        }
        return found.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> shortForms(HeadOfState head) {
        if (!head.aliases().isEmpty()) {
            return head.aliases().stream().map(NameMatcher::normalise).filter(alias -> !alias.isEmpty()).toList();
        }
        String name = normalise(head.name());
        return List.of(name.substring(name.lastIndexOf(' ') + 1));
    }

    /** Where {@code words} occurs as whole words in {@code haystack} (padded with spaces), or -1. */
    private static int positionOf(String haystack, String words) {
        return words.isEmpty() ? -1 : haystack.indexOf(" " + words + " ");
    }

    /** Lower case, accents and punctuation dropped, one space between words. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return withoutAccents(text).toLowerCase(Locale.ROOT)
                .replace('ı', 'i').replace('ø', 'o').replace('ł', 'l').replace('đ', 'd').replace("ß", "ss")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The text with its accents dropped and its case kept ("Türkiye" → "Turkiye"). */
    static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
