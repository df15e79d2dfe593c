package org.demarche.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one check of a country code every service makes: ISO 3166-1 alpha-2, as Java knows the
 * countries ({@code FR}, {@code AZ}). Codes are upper case on the wire; {@link #normalised} accepts
 * what a person typed ({@code " fr "}).
 */
public final class CountryCodes {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());

    /** How a problem with a country field reads, after the value: "... is not ..." */
    public static final String EXPECTED = "an ISO 3166-1 alpha-2 country code such as FR or AZ";

    private CountryCodes() {
    }

    /** Whether this is a country's code exactly as sent on the wire: two known capital letters. */
    public static boolean isAlpha2(String code) {
        return code != null && ALPHA_2.contains(code);
    }

    /** The code of what a person typed, trimmed and in capitals, if it names a country. */
    public static Optional<String> normalised(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return isAlpha2(code) ? Optional.of(code) : Optional.empty();
    }

    /** Every country's code, for choices on a page. */
    public static Set<String> all() {
        return ALPHA_2;
    }
}
