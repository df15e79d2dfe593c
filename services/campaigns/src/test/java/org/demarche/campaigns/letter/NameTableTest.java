package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** City and court names as each letter language writes them, from letter/names/. */
class NameTableTest {

    private static final ClassLoader LOADER = NameTableTest.class.getClassLoader();
    private static final NameTable CITIES = NameTable.load(LOADER, LetterComposer.CITIES);
    private static final NameTable COURTS = NameTable.load(LOADER, LetterComposer.COURTS);

    /** The 46 member states of the Council of Europe (Russia left in March 2022). */
    private static final Set<String> COUNCIL_OF_EUROPE = Set.of("AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "HR",
            "CY", "CZ", "DK", "EE", "FI", "FR", "GE", "DE", "GR", "HU", "IS", "IE", "IT", "LV", "LI", "LT", "LU", "MT",
            "MD", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SM", "RS", "SK", "SI", "ES", "SE", "CH", "TR", "UA",
            "GB");

    @Test
    void namesTheRegistrysCitiesInEnglishAndFrench() {
        assertThat(CITIES.in("fr", "Baku")).isEqualTo("Bakou");
        assertThat(CITIES.in("fr", "Brussels")).isEqualTo("Bruxelles");
        assertThat(CITIES.in("fr", "Paris")).isEqualTo("Paris");
        assertThat(CITIES.in("en", "Bruxelles")).isEqualTo("Brussels");
        assertThat(CITIES.in("en", "Bakı")).isEqualTo("Baku");
        assertThat(CITIES.in("fr", "Tbilisi")).isEqualTo("Tbilissi");
        assertThat(CITIES.in("en", "Київ")).isEqualTo("Kyiv");
        assertThat(CITIES.in("fr", "The Hague")).isEqualTo("La Haye");
    }

    @Test
    void recognisesANameWhateverItsCaseAccentsHyphensOrSpaces() {
        assertThat(CITIES.in("fr", "  BAKU ")).isEqualTo("Bakou");
        assertThat(CITIES.in("en", "Geneve")).isEqualTo("Geneva");
        assertThat(CITIES.in("fr", "saint petersburg")).isEqualTo("Saint-Pétersbourg");
        assertThat(CITIES.in("en", "Saint-Pétersbourg")).isEqualTo("Saint Petersburg");
        assertThat(CITIES.in("fr", "St. Petersburg")).isEqualTo("Saint-Pétersbourg");
    }

    @Test
    void keepsTheNameOfACityItDoesNotKnowOrInALanguageWithoutAColumn() {
        assertThat(CITIES.in("fr", "Shaki")).isEqualTo("Shaki");
        assertThat(CITIES.in("fr", " Saint-Étienne ")).isEqualTo("Saint-Étienne");
        assertThat(CITIES.in("de", "Brussels")).isEqualTo("Brussels");
        assertThat(CITIES.in("fr", null)).isNull();
    }

    @Test
    void hasTheCapitalOfEveryMemberStateOfTheCouncilOfEurope() {
        PipeTable table = PipeTable.parse(LetterComposer.CITIES, LetterWording.read(LOADER, LetterComposer.CITIES));
        int country = table.requiredColumn("country");
        Set<String> countries = new TreeSet<>();
        table.rows().forEach(row -> countries.add(row.cell(country)));

        assertThat(countries).containsAll(COUNCIL_OF_EUROPE);
        assertThat(table.header()).contains("en", "fr", NameTable.OTHER_NAMES);
        for (String capital : new String[] {"Vienna", "Warsaw", "Valletta", "Bern", "London", "Yerevan", "Chisinau"}) {
            assertThat(CITIES.known(capital)).as(capital).isPresent();
        }
    }

    @Test
    void namesTheCourtAsTheLanguageAbbreviatesIt() {
        assertThat(COURTS.in("fr", "ECtHR")).isEqualTo("CEDH");
        assertThat(COURTS.in("en", "ECtHR")).isEqualTo("ECtHR");
        assertThat(COURTS.in("fr", "UN Working Group on Arbitrary Detention"))
                .isEqualTo("UN Working Group on Arbitrary Detention");
    }

    @Test
    void refusesANameThatWouldStandForTwoCitiesNamingBothLines() {
        String text = """
                country | en | fr | other names
                AT | Vienna | Vienne | Wien
                FR | Vienne | Vienne |
                """;

        assertThatThrownBy(() -> NameTable.parse(PipeTable.parse("cities.txt", text)))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessageStartingWith("cities.txt:3: 'Vienne' already names the row on line 2");
    }

    @Test
    void refusesARowWithAMissingCellOrName() {
        assertThatThrownBy(() -> NameTable.parse(PipeTable.parse("cities.txt", "en | fr\nBaku\n")))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessageStartingWith("cities.txt:2: expected 2 cells");
        assertThatThrownBy(() -> NameTable.parse(PipeTable.parse("cities.txt", "en | fr\nBaku | \n")))
                .isInstanceOf(LetterTemplateException.class)
                .hasMessage("cities.txt:2: no name in column 'fr'");
    }
}
