package org.demarche.campaigns.letter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The organisations that sign a letter, as its author in the document's metadata: the PDF's
 * {@code <meta name="author">} and description, the Word document's creator. Each organisation
 * once, in letter order, as the signatory gave it (without the country the letter prints after it);
 * people are not authors, and a signatory without an organisation adds none.
 *
 * @param organisations the distinct organisations, in letter order
 */
record LetterAuthors(List<String> organisations) {

    LetterAuthors {
        organisations = List.copyOf(organisations);
    }

    static LetterAuthors of(Letter letter) {
        Set<String> organisations = new LinkedHashSet<>();
        for (SignatoryBlock signatory : letter.signatories()) {
            if (signatory.organisation() != null && !signatory.organisation().isBlank()) {
                organisations.add(signatory.organisation().strip());
            }
        }
        return new LetterAuthors(List.copyOf(organisations));
    }

    /** "Human Rights Club, IPHR"; empty when no organisation signs. */
    String joined() {
        return String.join(", ", organisations);
    }

    /** {@link #joined()}, or {@code nobody} when no organisation signs. */
    String joinedOr(String nobody) {
        return organisations.isEmpty() ? nobody : joined();
    }
}
