package org.demarche.campaigns.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A signature belongs to the version signed, and stands while the ask and the people named are the same. */
class SignatureStandsTest {

    @Test
    void standsForTheVersionSignedAndForLaterOnesWithTheSameSubstance() {
        assertThat(Invitations.stands(2, 2, "ask: A", "ask: B")).isTrue();
        assertThat(Invitations.stands(1, 3, "ask: A", "ask: A")).isTrue();
    }

    @Test
    void fallsWhenTheAskOrThePeopleNamedChanged() {
        assertThat(Invitations.stands(1, 2, "ask: A\npeople named: X", "ask: A\npeople named: X; Y")).isFalse();
        assertThat(Invitations.stands(null, 1, null, "ask: A")).isFalse();
    }

    @Test
    void countsOnlyTheVersionNumberWhereNoSubstanceWasKept() {
        assertThat(Invitations.stands(1, 1, null, null)).isTrue();
        assertThat(Invitations.stands(1, 2, null, "ask: A")).isFalse();
    }
}
