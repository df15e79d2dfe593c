package org.demarche.intake.hudoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HudocConclusionsTest {

    @Test
    void readsTheArticlesViolatedFromTheConclusionNotTheArticlesExamined() {
        assertThat(ConclusionReader.articlesViolated("Preliminary objection dismissed (Article 35-1 - Exhaustion of "
                + "domestic remedies);Violation of Article 5 - Right to liberty and security (Article 5-1 - Lawful arrest "
                + "or detention;Article 5-1-c - Reasonable suspicion);Violation of Article 5 - Right to liberty and security "
                + "(Article 5-4 - Review of lawfulness of detention);Violation of Article 18 - Limitation on use of "
                + "restrictions on rights (Article 18+5 - Restrictions for unauthorised purposes);Non-pecuniary damage - award"))
                .containsExactly("5", "18");
        assertThat(ConclusionReader.articlesViolated("No violation of Article 6 - Right to a fair trial (Article 6-1 - "
                + "Fair hearing);Violation of Article 10 - Freedom of expression-{general}")).containsExactly("10");
        assertThat(ConclusionReader.articlesViolated("No violation of Article 8 - Right to respect for private and family "
                + "life;Remainder inadmissible")).isEmpty();
        assertThat(ConclusionReader.articlesViolated(null)).isEmpty();
    }

    @Test
    void writesProtocolArticlesAsTheContractDoes() {
        assertThat(ConclusionReader.articlesViolated("Violation of Article 1 of Protocol No. 1 - Protection of property "
                + "(Article 1 para. 1 of Protocol No. 1 - Deprivation of property);Violation of Article 3 of Protocol No. 1 - "
                + "Right to free elections-{general}")).containsExactly("P1-1", "P1-3");
        assertThat(ConclusionReader.articlesViolated("Violation of Article 14+8 - Prohibition of discrimination "
                + "(Article 14 - Discrimination) (Article 8 - Right to respect for private and family life)"))
                .containsExactly("14");
    }

    @Test
    void readsTheShortFormOfOlderRecords() {
        assertThat(ConclusionReader.articlesViolated("Violation of Art. 5-1;Violation of Art. 5-4;No violation of Art. 6-1"))
                .containsExactly("5");
        assertThat(ConclusionReader.articlesViolated("Violation of P1-1;Not necessary to examine Art. 14"))
                .containsExactly("P1-1");
        assertThat(ConclusionReader.articlesViolated("Violation of Art. 14+8;Violation of Art. 1 of Prot. 1"))
                .containsExactly("14", "P1-1");
    }

    @Test
    void toleratesStraySpacesAroundItemsAndDashes() {
        assertThat(ConclusionReader.articlesViolated("  Violation of  Article 3 -Prohibition of torture ; "
                + "Violation of Article 13 - Right to an effective remedy ;; "))
                .containsExactly("3", "13");
        assertThat(ConclusionReader.violationsSummary(" Violation of  Article 3 -Prohibition of torture ;"))
                .isEqualTo("Violation of Article 3 - Prohibition of torture");
    }

    @Test
    void readsFrenchConclusions() {
        assertThat(ConclusionReader.articlesViolated("Exception préliminaire rejetée (Article 35-1 - Epuisement des voies "
                + "de recours internes);Violation de l'article 5 - Droit à la liberté et à la sûreté (Article 5-1 - "
                + "Arrestation ou détention régulières);Violation de l'article 1 du Protocole n° 1 - Protection de la "
                + "propriété;Non-violation de l'article 6 - Droit à un procès équitable"))
                .containsExactly("5", "P1-1");
        assertThat(ConclusionReader.articlesViolated("Violation de l’article 18+5 - Limitation de l'usage des restrictions "
                + "aux droits")).containsExactly("18");
    }

    @Test
    void summarisesTheViolationsWithoutTheirDetail() {
        assertThat(ConclusionReader.violationsSummary("Violation of Article 10 - Freedom of expression-{general} "
                + "(Article 10-1 - Freedom of expression);No violation of Article 5 - Right to liberty and security"))
                .isEqualTo("Violation of Article 10 - Freedom of expression");
        assertThat(ConclusionReader.violationsSummary("Remainder inadmissible")).isNull();
    }

    @Test
    void writesTheSummaryAsALetterMayQuoteIt() {
        assertThat(ConclusionReader.violationsSummary("Violation of Art. 5-1 ; Violation of Art. 1 of Prot. 1;"
                + "Violation of Article 3 of Protocol No. 1 - Right to free elections-{general}"))
                .isEqualTo("Violation of Article 5 § 1; Violation of Article 1 of Protocol No. 1; "
                        + "Violation of Article 3 of Protocol No. 1 - Right to free elections");
    }
}
