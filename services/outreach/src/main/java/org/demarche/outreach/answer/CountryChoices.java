package org.demarche.outreach.answer;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.demarche.platform.CountryCodes;

/** The ISO 3166 countries a signatory can choose from, named and sorted in the page's language. */
final class CountryChoices {

    private static final Map<Locale, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private CountryChoices() {
    }

    static List<Country> in(Locale language) {
        return BY_LANGUAGE.computeIfAbsent(language, CountryChoices::sorted);
    }

    private static List<Country> sorted(Locale language) {
        Collator collator = Collator.getInstance(language);
        return CountryCodes.all().stream()
                .map(code -> new Country(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(language)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    /** @param code ISO 3166-1 alpha-2 */
    record Country(String code, String name) {
    }
}
