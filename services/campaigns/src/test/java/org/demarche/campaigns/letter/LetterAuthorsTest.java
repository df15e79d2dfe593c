package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The signing organisations as the letter's author: each once, in letter order, people never. */
class LetterAuthorsTest {

    @Test
    void namesEachOrganisationOnceInLetterOrder() {
        LetterAuthors authors = LetterAuthors.of(signedBy(
                new SignatoryBlock("Rasul Jafarov", "Chair", "Human Rights Club", "AZ", null),
                new SignatoryBlock("Brigitte Dufour", "Director", " IPHR ", "BE", null),
                new SignatoryBlock("Leyla Yunus", null, "Human Rights Club", "AZ", null)));

        assertThat(authors.organisations()).containsExactly("Human Rights Club", "IPHR");
        assertThat(authors.joined()).isEqualTo("Human Rights Club, IPHR");
        assertThat(authors.joinedOr("Démarche")).isEqualTo("Human Rights Club, IPHR");
    }

    @Test
    void aSignatoryWithoutAnOrganisationIsNoAuthor() {
        LetterAuthors authors = LetterAuthors.of(signedBy(
                new SignatoryBlock("Rasul Jafarov", "Chair", null, "AZ", null),
                new SignatoryBlock("Brigitte Dufour", "Director", "  ", "BE", null)));

        assertThat(authors.organisations()).isEmpty();
        assertThat(authors.joined()).isEmpty();
        assertThat(authors.joinedOr("Démarche")).isEqualTo("Démarche");
    }

    @Test
    void anUnsignedLetterHasNoAuthor() {
        assertThat(LetterAuthors.of(signedBy()).joinedOr("Démarche")).isEqualTo("Démarche");
    }

    private static Letter signedBy(SignatoryBlock... signatories) {
        return new Letter("Open letter", List.of(), null, null, List.of(), null, Arrays.asList(signatories), false, "en",
                null);
    }
}
