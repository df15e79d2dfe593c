package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that pieces of text occur in a document one after the other. */
final class InOrder {

    private InOrder() {
    }

    static void assertInOrder(String document, String... pieces) {
        int from = 0;
        String previous = "the start";
        for (String piece : pieces) {
            int at = document.indexOf(piece, from);
            assertThat(at).as("\"%s\" after %s", piece, previous).isNotNegative();
            from = at + piece.length();
            previous = "\"" + piece + "\"";
        }
    }
}
