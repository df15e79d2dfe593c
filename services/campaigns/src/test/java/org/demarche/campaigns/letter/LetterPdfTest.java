package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.letter.InOrder.assertInOrder;
import static org.demarche.campaigns.letter.ReferenceCase.referenceCase;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterPdfTest {

    private static final LetterComposer composer = new LetterComposer();
    private static final LetterRenderer renderer = new LetterRenderer();

    private static final SignatoryBlock AZERBAIJANI_COMMITTEE = new SignatoryBlock("İlqar Məmmədov", "Sədr",
            "Азербайджанский комитет", "AZ", ReferenceCase.jpegSignature(Color.DARK_GRAY));

    @Test
    void showsEveryPartOfTheReferenceLetterInOrder() throws IOException {
        byte[] pdf = render(referenceCase().alsoSignedBy(AZERBAIJANI_COMMITTEE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertInOrder(text,
                    "M. Emmanuel MACRON", "Président de la République française", "Palais de l'Elysée",
                    "55 Rue du Faubourg Saint-Honoré", "75008 Paris",
                    "Baku, Brussels, 18 July 2018",
                    "Open letter: President Emmanuel Macron", "20 July 2018", "Ilham Aliyev",
                    "Dear President Macron,",
                    "politically motivated charges",
                    "Ilgar Mammadov", "15172/13", "Article 5 and Article 18", "919/15", "Article 6",
                    "July 2017",
                    "immediately and unconditionally",
                    "25 October 2017", "Article 46(4)",
                    "high on the agenda", "Paris on 20 July 2018",
                    "Sincerely,",
                    "Rasul Jafarov", "Human Rights Club (Azerbaijan)",
                    "Brigitte Dufour", "International Partnership for Human Rights (Belgium)",
                    "İlqar Məmmədov", "Sədr", "Азербайджанский комитет (Azerbaijan)");
        }
    }

    @Test
    void showsEveryPartOfTheFrenchLetterInOrderWithItsAccentsAndSpaces() throws IOException {
        byte[] pdf = render(referenceCase().inFrench().alsoSignedBy(AZERBAIJANI_COMMITTEE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // non-breaking spaces (before ":" and after "n°") are kept as such; only line breaks are folded
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
            assertInOrder(text,
                    "M. Emmanuel MACRON", "Président de la République française", "Palais de l'Elysée",
                    "55 Rue du Faubourg Saint-Honoré", "75008 Paris",
                    "Bakou, Bruxelles, le 18 juillet 2018",
                    "Lettre ouverte\u00a0: Emmanuel Macron doit demander à Ilham Aliyev", "20 juillet 2018",
                    "Monsieur le Président de la République,",
                    "emprisonnés en Azerbaïdjan", "plus de 100 personnes",
                    "Ilgar Mammadov", "Mouvement alternatif républicain (REAL)", "requête n°\u00a015172/13",
                    "de l'article 5 et de l'article 18", "requête n°\u00a0919/15", "de l'article 6",
                    "juillet 2017", "chef de cabinet",
                    "immédiatement et sans condition",
                    "Le 25 octobre 2017", "article 46 § 4",
                    "à Paris le 20 juillet 2018",
                    "Veuillez agréer l'expression de notre très haute considération.",
                    "Rasul Jafarov", "Human Rights Club (Azerbaïdjan)",
                    "Brigitte Dufour", "International Partnership for Human Rights (Belgique)",
                    "İlqar Məmmədov", "Sədr", "Азербайджанский комитет (Azerbaïdjan)");
        }
    }

    @Test
    void carriesTitleAndAuthorInItsMetadata() throws IOException {
        LetterFacts facts = referenceCase().build();
        byte[] pdf = renderer.render(composer.compose(facts)).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(composer.compose(facts).title());
            assertThat(document.getDocumentInformation().getAuthor())
                    .isEqualTo("Human Rights Club, International Partnership for Human Rights");
        }
    }

    @Test
    void embedsTheDejaVuFontsAndNoOther() throws IOException {
        byte[] pdf = render(referenceCase().alsoSignedBy(AZERBAIJANI_COMMITTEE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVuSerif");
                assertThat(font.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void showsASignatureImagePerSignatoryThatGaveOne() throws IOException {
        assertThat(imagesIn(render(referenceCase().alsoSignedBy(AZERBAIJANI_COMMITTEE)))).isEqualTo(3);
        assertThat(imagesIn(render(referenceCase().signatories(ReferenceCase.jafarov(),
                new SignatoryBlock("Brigitte Dufour", "Director", "IPHR", "BE", new byte[] {1, 2, 3}))))).isEqualTo(1);
        assertThat(imagesIn(render(referenceCase().signatories(
                new SignatoryBlock("Brigitte Dufour", "Director", "IPHR", "BE", null))))).isZero();
    }

    @Test
    void marksADraftOnEveryPage() throws IOException {
        byte[] pdf = render(referenceCase().draft(true));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains("DRAFT");
            }
        }
    }

    private static byte[] render(ReferenceCase facts) {
        return renderer.render(composer.compose(facts.build())).pdf();
    }

    private static int imagesIn(byte[] pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        return images;
    }
}
