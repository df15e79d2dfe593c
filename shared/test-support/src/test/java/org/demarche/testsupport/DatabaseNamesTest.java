package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DatabaseNamesTest {

    private static final String SAFE_IDENTIFIER = "[a-z][a-z0-9_]*";

    @Test
    void turnsTheSimpleClassNameIntoSnakeCaseAfterAPrefix() {
        assertThat(DatabaseNames.derive("org.demarche.intake.meeting.MeetingApiIT", "0a1b2c3d"))
                .isEqualTo("it_meeting_api_it_0a1b2c3d");
    }

    @Test
    void keepsTheEnclosingClassOfANestedClass() {
        assertThat(DatabaseNames.derive("org.demarche.campaigns.DeadlinesIT$WhenTheMeetingMoves", "00000000"))
                .isEqualTo("it_deadlines_it_when_the_meeting_moves_00000000");
    }

    @Test
    void splitsAcronymsFromTheWordsAfterThem() {
        assertThat(DatabaseNames.derive("org.demarche.HTTPClientIT", "ffffffff"))
                .isEqualTo("it_http_client_it_ffffffff");
    }

    @Test
    void replacesCharactersThatAreNotSafeInAnUnquotedIdentifier() {
        assertThat(DatabaseNames.derive("org.demarche.DémarcheÉtéIT$1", "12345678"))
                .matches(SAFE_IDENTIFIER)
                .isEqualTo("it_d_marche_t_it_1_12345678");
    }

    @Test
    void staysWithinPostgresLimitOf63BytesAndKeepsTheWholeSuffix() {
        String name = DatabaseNames.derive(
                "org.demarche.outreach.ThisTestClassHasAVeryLongNameThatDescribesEverythingItDoesIT", "abcdef01");

        assertThat(name)
                .hasSizeLessThanOrEqualTo(63)
                .startsWith("it_this_test_class_has_a_very_long_name")
                .endsWith("_abcdef01")
                .doesNotContain("__")
                .matches(SAFE_IDENTIFIER);
    }

    @Test
    void givesEachRequestForTheSameClassADifferentName() {
        assertThat(IntStream.range(0, 100).mapToObj(i -> DatabaseNames.forTestClass(DatabaseNamesTest.class)))
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("it_database_names_test_[0-9a-f]{8}"));
    }
}
