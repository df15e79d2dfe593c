package org.demarche.intake.hudoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HUDOC writes respondent states as ISO 3166-1 alpha-3 codes (AZE, TUR), several of them when a
 * case has more than one ({@code MDA;RUS}); events carry alpha-2 (AZ, TR).
 *
 * <p>HUDOC keeps the codes of the day for old cases: {@code CSK} (Czechoslovakia),
 * {@code SCG} (Serbia and Montenegro) and {@code ROM} (Romania's code until ISO changed it to
 * ROU in 2002). They are read as today's states: ROM as Romania; CSK as the Czech Republic and
 * Slovakia, SCG as Serbia and Montenegro, since which successor answers for an old case depends
 * on the case, and a coalition following either state should see it. The first named is the
 * respondent, the other an "other respondent".
 */
public final class Countries {

    private static final Map<String, String> ALPHA_2 = new HashMap<>();
    private static final Map<String, String> ALPHA_3 = new HashMap<>();
    private static final Map<String, List<String>> SUCCESSORS = Map.of(
            "CSK", List.of("CZ", "SK"),
            "SCG", List.of("RS", "ME"),
            "ROM", List.of("RO"));

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            ALPHA_2.put(country.getISO3Country(), alpha2);
            ALPHA_3.put(alpha2, country.getISO3Country());
            ALPHA_2.put(alpha2, alpha2);
            ALPHA_2.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), alpha2);
        }
        ALPHA_2.put("TURKEY", "TR");
        ALPHA_2.put("UK", "GB");
    }

    private Countries() {
    }

    /**
     * The states a respondent field names, alpha-2, each once, in HUDOC's order: the first is the
     * respondent.
     *
     * @throws BadRecordException naming the field when it is empty or names something that is no state
     */
    static List<String> states(String field, List<String> codes) {
        List<String> states = new ArrayList<>();
        for (String code : codes) {
            String key = code.toUpperCase(Locale.ROOT);
            List<String> named = SUCCESSORS.containsKey(key) ? SUCCESSORS.get(key)
                    : Optional.ofNullable(ALPHA_2.get(key)).map(List::of).orElseThrow(() -> new BadRecordException(field,
                    "'" + code + "' is not a state HUDOC names (three letters such as AZE or TUR)"));
            named.stream().filter(state -> !states.contains(state)).forEach(states::add);
        }
        if (states.isEmpty()) {
            throw new BadRecordException(field, "is missing");
        }
        return states;
    }

    /** The alpha-3 code HUDOC's queries use for an alpha-2 code (AZ → AZE). */
    static Optional<String> alpha3(String alpha2) {
        return Optional.ofNullable(alpha2 == null ? null : ALPHA_3.get(alpha2.toUpperCase(Locale.ROOT)));
    }

    /**
     * Every code HUDOC may name the state by: its alpha-3 code first, then the legacy codes of the
     * states it succeeded (RS → SRB, SCG); empty for a code that is no state.
     */
    public static List<String> hudocCodes(String alpha2) {
        List<String> codes = new ArrayList<>();
        alpha3(alpha2).ifPresent(code -> {
            codes.add(code);
            SUCCESSORS.entrySet().stream().filter(legacy -> legacy.getValue().contains(alpha2.toUpperCase(Locale.ROOT)))
                    .map(Map.Entry::getKey).sorted().forEach(codes::add);
        });
        return codes;
    }
}
