package org.demarche.intake.heads;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names as people write them: each ISO 3166 country's name in English and French (as the
 * JDK's CLDR data spells them) and the short forms in common use (USA, UK, Turkey and Türkiye),
 * compared as words without accents or case. German names are known too, but only as a place
 * ("Berlin, Deutschland"): in a title, German "Island" (Iceland) would be read in every "Island".
 */
public final class Countries {

    private static final List<String> SHORT_FORMS = List.of("USA:US", "US:US", "UK:GB", "Turkey:TR", "Türkiye:TR",
            "The Netherlands:NL", "Czech Republic:CZ", "Russia:RU", "Holland:NL");
    private static final Map<String, String> IN_TEXT = new HashMap<>();
    private static final Map<String, String> AS_PLACE = new HashMap<>();
    private static final int LONGEST_NAME;

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                IN_TEXT.put(NameMatcher.normalise(country.getDisplayCountry(language)), code);
            }
            AS_PLACE.put(NameMatcher.normalise(country.getDisplayCountry(Locale.GERMAN)), code);
        }
        for (String shortForm : SHORT_FORMS) {
            String[] parts = shortForm.split(":");
            IN_TEXT.put(NameMatcher.normalise(parts[0]), parts[1]);
        }
        AS_PLACE.putAll(IN_TEXT);
        LONGEST_NAME = AS_PLACE.keySet().stream().mapToInt(name -> name.split(" ").length).max().orElse(1);
    }

    private Countries() {
    }

    /** Whether the whole text is a country's name, in any of the languages known ("France", "Deutschland"). */
    public static boolean isName(String text) {
        return AS_PLACE.containsKey(NameMatcher.normalise(text));
    }

    /**
     * The ISO codes of the countries the text names, in the order named. A name counts only when
     * its first word starts with a capital letter, as a country's name does in a title: "Turkey
     * and Azerbaijan" names two, "turkey sandwiches" none.
     */
    static Set<String> namedIn(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        String[] words = NameMatcher.withoutAccents(text).split("[^\\p{L}\\p{N}]+");
        for (int start = 0; start < words.length; start++) {
            if (words[start].isEmpty() || !Character.isUpperCase(words[start].charAt(0))) {
                continue;
            }
            for (int length = Math.min(LONGEST_NAME, words.length - start); length >= 1; length--) {
                String code = IN_TEXT.get(NameMatcher.normalise(String.join(" ",
                        List.of(words).subList(start, start + length))));
                if (code != null) {
                    codes.add(code);
                    start += length - 1;
                    break;
                }
            }
        }
        return codes;
    }
}
