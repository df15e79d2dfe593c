package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Renders the letters a person must be able to accept as the reference letter's equal — in
 * English, in French (published, as PDF/A and PDF/UA, and as drafts, marked in their language),
 * and for another country — and keeps each PDF and each page as a PNG under
 * {@code target/letter-artifacts/} for a human to look at.
 */
class LetterArtifactsTest {

    private static final Path ARTIFACTS = Path.of("target", "letter-artifacts");

    private final LetterComposer composer = new LetterComposer();
    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void rendersTheReferenceLetterInEnglish() throws IOException {
        String text = render("reference-en", ReferenceCase.referenceFacts());

        assertThat(text).contains("Emmanuel MACRON", "Baku, Brussels", "18 July 2018", "Dear President Macron,",
                "Ilgar Mammadov", "15172/13", "Sincerely,", "Rasul Jafarov", "Brigitte Dufour");
    }

    @Test
    void rendersTheReferenceLetterInFrench() throws IOException {
        String text = render("reference-fr", ReferenceCase.referenceCase().inFrench().build());

        assertThat(text).contains("Monsieur le Président de la République,", "Bakou, Bruxelles, le 18 juillet 2018",
                "Ilgar Mammadov", "Rasul Jafarov");
    }

    @Test
    void rendersTheReferenceDraftInFrenchMarkedInFrench() throws IOException {
        String text = render("reference-fr-draft", ReferenceCase.referenceCase().inFrench().draft(true).build());

        assertThat(text).contains("PROJET", "Bakou, Bruxelles, le 18 juillet 2018").doesNotContain("DRAFT");
    }

    @Test
    void rendersTheReferenceDraftInEnglish() throws IOException {
        String text = render("reference-en-draft", ReferenceCase.referenceCase().draft(true).build());

        assertThat(text).contains("DRAFT", "Baku, Brussels, 18 July 2018");
    }

    @Test
    void rendersALetterAboutAnotherCountry() throws IOException {
        var merz = new Addressee("Friedrich Merz", "Federal Chancellor of Germany", "de", "Dear Chancellor Merz,",
                List.of("Herrn Bundeskanzler Friedrich Merz", "Bundeskanzleramt", "Willy-Brandt-Straße 1", "10557 Berlin"));
        var kavala = new CaseFacts("Osman Kavala", "Civil-society figure and philanthropist, detained since "
                + "October 2017 and sentenced in April 2022 to aggravated life imprisonment in the Gezi Park trial.");
        var judgment = new RulingFacts("ECtHR", "Kavala v. Turkey", "28749/18", LocalDate.of(2019, 12, 10),
                List.of("5", "18"), "Detention without reasonable suspicion, aimed at silencing him.", null);
        var referral = new ResolutionFacts("Committee of Ministers", "CM/ResDH(2022)21", LocalDate.of(2022, 2, 2),
                ResolutionFacts.INFRINGEMENT_REFERRAL, "Kavala v. Turkey", "28749/18",
                "Referral to the Court under Article 46(4) of the question whether Türkiye failed to comply.", null);
        var facts = ReferenceCase.referenceCase()
                .addressee(merz)
                .otherLeader("Recep Tayyip Erdoğan", "President of the Republic of Türkiye")
                .concernCountry("TR")
                .meetingCity("Berlin")
                .meetingStart(ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")))
                .letterDate(LocalDate.of(2026, 3, 10))
                .leadCities("Istanbul", "Berlin")
                .situation(new SituationFacts("dozens of", List.of("human rights defenders", "journalists", "lawyers")))
                .cases(kavala)
                .rulings(judgment)
                .resolutions(referral)
                .exchanges()
                .signatories(
                        new SignatoryBlock("Şebnem Korur Fincancı", "Chair", "İnsan Hakları Vakfı", "TR",
                                ReferenceCase.signature(Color.BLACK)),
                        new SignatoryBlock("Ирина Петрова", "Director", "Правозащитный центр", "DE",
                                ReferenceCase.signature(new Color(0x1a, 0x3c, 0xa0))))
                .build();

        String text = render("another-country-tr", facts);

        assertThat(text).contains("Friedrich Merz", "Dear Chancellor Merz,", "Osman Kavala", "28749/18",
                "Şebnem Korur Fincancı", "İnsan Hakları Vakfı", "Ирина Петрова", "Правозащитный центр", "Berlin");
    }

    /** Composes, renders, keeps each PDF page as a PNG, and returns the PDF's text. */
    private String render(String name, LetterFacts facts) throws IOException {
        byte[] pdf = renderer.render(composer.compose(facts)).pdf();
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            PDFRenderer pages = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage page = pages.renderImageWithDPI(i, 100);
                assertThat(inkedPixels(page)).as(name + " page " + (i + 1) + " has text on it").isGreaterThan(50);
                ImageIO.write(page, "png", ARTIFACTS.resolve(name + "-page-" + (i + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(document);
        }
    }

    private static int inkedPixels(BufferedImage page) {
        int inked = 0;
        for (int y = 0; y < page.getHeight(); y += 2) {
            for (int x = 0; x < page.getWidth(); x += 2) {
                int rgb = page.getRGB(x, y);
                int brightness = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (brightness < 300) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
