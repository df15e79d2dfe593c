package org.demarche.intake.hudoc;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** HUDOC writes respondent states as ISO 3166-1 alpha-3 codes (AZE, TUR); events carry alpha-2 (AZ, TR). */
final class Countries {

    private static final Map<String, String> ALPHA_2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            ALPHA_2.put(country.getISO3Country(), alpha2);
            ALPHA_2.put(alpha2, alpha2);
            ALPHA_2.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), alpha2);
        }
        ALPHA_2.put("TURKEY", "TR");
        ALPHA_2.put("UK", "GB");
    }

    private Countries() {
    }

    /** The alpha-2 code of the first state named ("RUS;UKR" names two), as HUDOC writes it. */
    static Optional<String> alpha2(String respondent) {
        if (respondent == null || respondent.isBlank()) {
            return Optional.empty();
        }
        String first = respondent.split("[;,]")[0].strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(ALPHA_2.get(first));
    }
}
