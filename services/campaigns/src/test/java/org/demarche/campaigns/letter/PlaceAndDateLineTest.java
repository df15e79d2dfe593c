package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of the place-and-date line, over generated dates and lead cities: the cities come in
 * registry order, then the date, written as the letter's language writes dates, and reading the
 * date back gives the letter date.
 */
class PlaceAndDateLineTest {

    private static final LetterComposer composer = new LetterComposer();
    private static final String[] CITIES = {"Baku", "Brussels", "Oslo", "Tbilisi", "Genève", "Kraków", "Київ",
            "São Paulo", "Saint-Étienne", "Zürich"};

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

        String citiesPart = String.join(", ", cities);
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
