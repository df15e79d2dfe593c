package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of the place-and-date line, over generated dates and lead cities: the cities come in
 * registry order, each once and named as the letter's language names it (cities the name table
 * does not know as they were entered), then the date, written as the letter's language writes
 * dates, and reading the date back gives the letter date.
 */
class PlaceAndDateLineTest {

    private static final LetterComposer composer = new LetterComposer();
    private static final String[] CITIES = {"Baku", "Brussels", "Oslo", "Tbilisi", "Genève", "Kraków", "Київ",
            "São Paulo", "Saint-Étienne", "Zürich", "Bruxelles"};
    /** Each city as English and French letters name it; the last two are not in the table. */
    private static final Map<String, List<String>> NAMED = Map.ofEntries(
            Map.entry("Baku", List.of("Baku", "Bakou")),
            Map.entry("Brussels", List.of("Brussels", "Bruxelles")),
            Map.entry("Bruxelles", List.of("Brussels", "Bruxelles")),
            Map.entry("Oslo", List.of("Oslo", "Oslo")),
            Map.entry("Tbilisi", List.of("Tbilisi", "Tbilissi")),
            Map.entry("Genève", List.of("Geneva", "Genève")),
            Map.entry("Kraków", List.of("Kraków", "Cracovie")),
            Map.entry("Київ", List.of("Kyiv", "Kyiv")),
            Map.entry("Zürich", List.of("Zurich", "Zurich")),
            Map.entry("São Paulo", List.of("São Paulo", "São Paulo")),
            Map.entry("Saint-Étienne", List.of("Saint-Étienne", "Saint-Étienne")));

    @RepeatedTest(200)
    void namesTheLeadCitiesInOrderThenTheDateAsTheLanguageWritesIt(RepetitionInfo repetition) {
        // a seed per repetition: a failure names it and can be replayed
        long seed = 0xDA7E_0000L + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        LocalDate date = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 150));
        List<String> cities = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            cities.add(CITIES[random.nextInt(CITIES.length)]);
        }
        boolean french = random.nextBoolean();
        ReferenceCase facts = ReferenceCase.referenceCase().letterDate(date).leadCities(cities.toArray(String[]::new));
        if (french) {
            facts.inFrench();
        }

        String line = composer.compose(facts.build()).placeAndDate();

        Set<String> named = new LinkedHashSet<>();
        cities.forEach(city -> named.add(NAMED.get(city).get(french ? 1 : 0)));
        String citiesPart = String.join(", ", named);
        String expectedStart = cities.isEmpty() ? "" : citiesPart + (french ? ", le " : ", ");
        assertThat(line).as("seed %d", seed).startsWith(expectedStart);
        String written = line.substring(expectedStart.length());
        Locale locale = french ? Locale.FRANCE : Locale.UK;
        String readable = french ? written.replaceFirst("^1er ", "1 ") : written;
        assertThat(LocalDate.parse(readable, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)))
                .as("seed %d: %s", seed, line).isEqualTo(date);
        assertThat(written.startsWith("1er ")).as("seed %d: %s", seed, line)
                .isEqualTo(french && date.getDayOfMonth() == 1);
    }
}
