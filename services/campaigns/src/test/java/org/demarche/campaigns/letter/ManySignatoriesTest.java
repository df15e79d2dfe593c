package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.letter.InOrder.assertInOrder;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** From 1 to 100 signatories the letter stays tidy: everyone in order, blocks in columns above 20. */
class ManySignatoriesTest {

    private static final LetterComposer composer = new LetterComposer();
    private static final LetterRenderer renderer = new LetterRenderer();
    private static final byte[] SIGNATURE = ReferenceCase.signature(Color.BLACK);

    @ParameterizedTest(name = "{0} signatories")
    @ValueSource(ints = {1, 20, 21, 100})
    void printsEverySignatoryInOrderOnAFewPages(int count) throws IOException {
        List<SignatoryBlock> signatories = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            signatories.add(new SignatoryBlock("Signatory Nr " + i + " Żółć", "Director",
                    "Organisation Nr " + i + " Правозащита", i % 2 == 0 ? "AZ" : "BE", i % 3 == 0 ? null : SIGNATURE));
        }
        RenderedLetter letter = renderer.render(composer.compose(ReferenceCase.referenceCase()
                .signatories(signatories.toArray(SignatoryBlock[]::new)).build()));

        assertThat(letter.html().contains("class=\"signatories columns\"")).isEqualTo(count > 20);
        try (PDDocument document = Loader.loadPDF(letter.pdf())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String[] names = signatories.stream().map(s -> s.name() + " ").toArray(String[]::new);
            // in columns too: blocks are laid out, and read, in letter order
            assertInOrder(text, names);
            // two pages of letter, then about a page per 10 signature blocks (in columns: per 20)
            int pagesAllowed = 2 + (count > 20 ? count / 14 + 1 : count / 7 + 1);
            assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(pagesAllowed);
        }
    }
}
