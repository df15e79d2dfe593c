package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;

/**
 * The letter as a Word document: the same parts as the PDF, each in its style, the signatures in
 * place; and a real document, which LibreOffice opens and prints back to PDF (Debian's
 * {@code libreoffice-writer}; .ci/run installs it). The round-tripped PDFs and a PNG of each of
 * their pages are kept under {@code target/letter-artifacts/} for a human to look at.
 */
class LetterDocxTest {

    private static final Path ARTIFACTS = Path.of("target", "letter-artifacts");

    private final LetterComposer composer = new LetterComposer();
    private final LetterDocx docx = new LetterDocx();

    @Test
    void holdsEveryPartOfTheReferenceLetterInItsStyleAndTheSignaturesInPlace() throws IOException {
        Letter letter = composer.compose(ReferenceCase.referenceFacts())
                .withSignatories(List.of(ReferenceCase.jafarov(), ReferenceCase.dufour()),
                        "and 1 other organisation that cannot be named");

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.write(letter)))) {
            Map<String, List<String>> byStyle = word.getParagraphs().stream().collect(Collectors.groupingBy(
                    p -> String.valueOf(p.getStyle()), Collectors.mapping(XWPFParagraph::getText, Collectors.toList())));

            assertThat(byStyle.get("Heading1")).containsExactly(letter.title());
            assertThat(byStyle.get("PlaceAndDate")).containsExactly("Baku, Brussels, 18 July 2018");
            assertThat(byStyle.get("Addressee")).singleElement().asString()
                    .contains("M. Emmanuel MACRON").contains("75008 Paris");
            assertThat(byStyle.get("Salutation")).containsExactly("Dear President Macron,");
            assertThat(byStyle.get("BodyText")).containsExactlyElementsOf(letter.paragraphs());
            assertThat(byStyle.get("Closing")).containsExactly(letter.closing());
            assertThat(byStyle.get("SignatoryNameUnderImage")).containsExactly("Rasul Jafarov", "Brigitte Dufour");
            assertThat(byStyle.get("SignatoryOrganisation")).containsExactly("Human Rights Club (Azerbaijan)",
                    "International Partnership for Human Rights (Belgium)");
            assertThat(byStyle.get("UnnamedSignatories")).containsExactly("and 1 other organisation that cannot be named");
            assertThat(byStyle).doesNotContainKey("DraftMark");
            assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo(letter.title());
            assertThat(word.getProperties().getCoreProperties().getCreator())
                    .isEqualTo("Human Rights Club, International Partnership for Human Rights");

            List<XWPFPicture> pictures = word.getParagraphs().stream()
                    .filter(p -> "SignatureImage".equals(p.getStyle()))
                    .flatMap(p -> p.getRuns().stream()).flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertThat(pictures).extracting(XWPFPicture::getDescription)
                    .containsExactly("Signature of Rasul Jafarov", "Signature of Brigitte Dufour");
            BufferedImage first = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
            assertThat(first.getWidth()).isPositive();
        }
    }

    @Test
    void aFrenchDraftIsMarkedInFrenchAtItsTopAndOnEveryPage() throws IOException {
        Letter letter = composer.compose(ReferenceCase.referenceCase().inFrench().draft(true).build());

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.write(letter)))) {
            assertThat(word.getParagraphs().get(0).getStyle()).isEqualTo("DraftMark");
            assertThat(word.getParagraphs().get(0).getText()).isEqualTo("PROJET");
            assertThat(word.getHeaderList()).singleElement()
                    .satisfies(header -> assertThat(header.getText()).contains("PROJET"));
            assertThat(word.getStyles().getStyle("Normal")).isNotNull();
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("DRAFT");
        }
    }

    @Test
    void libreOfficeOpensItAndPrintsTheLetterBack() throws Exception {
        Letter english = composer.compose(ReferenceCase.referenceFacts());
        Letter frenchDraft = composer.compose(ReferenceCase.referenceCase().inFrench().draft(true).build());

        String text = roundTrip("reference-en-docx", docx.write(english));
        String french = roundTrip("reference-fr-draft-docx", docx.write(frenchDraft));

        assertThat(flat(text)).contains("Emmanuel MACRON", "Baku, Brussels, 18 July 2018", flat(english.title()),
                "Dear President Macron,", "Ilgar Mammadov", "15172/13", "Sincerely,", "Rasul Jafarov",
                "Human Rights Club (Azerbaijan)", "Brigitte Dufour");
        assertThat(flat(french)).contains("Monsieur le Président de la République,", "18 juillet 2018", "Rasul Jafarov");
        // the mark is letter-spaced: its letters come out of the PDF one by one
        assertThat(french.replaceAll("\\s+", "")).contains("PROJET").doesNotContain("DRAFT");
    }

    /** Converts the document with LibreOffice, keeps the PDF and its first page, and gives the PDF's text. */
    private static String roundTrip(String name, byte[] document) throws Exception {
        Path folder = Files.createDirectories(ARTIFACTS.toAbsolutePath());
        Path input = folder.resolve(name + ".docx");
        Files.write(input, document);
        Path pdf = folder.resolve(name + ".pdf");
        Files.deleteIfExists(pdf);
        // a profile of its own: a LibreOffice already running for the same user would take the job and lock
        Path profile = Files.createTempDirectory("lo-profile");
        Process soffice = new ProcessBuilder(LibreOffice.command(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), input.toString())
                .redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes());
        assertThat(soffice.waitFor(3, TimeUnit.MINUTES)).as("LibreOffice finished: %s", output).isTrue();
        assertThat(soffice.exitValue()).as("LibreOffice's exit status: %s", output).isZero();
        assertThat(pdf).as("LibreOffice wrote the PDF: %s", output).exists();
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            assertThat(printed.getNumberOfPages()).isBetween(1, 4);
            PDFRenderer pages = new PDFRenderer(printed);
            for (int page = 0; page < printed.getNumberOfPages(); page++) {
                ImageIO.write(pages.renderImageWithDPI(page, 80), "png",
                        folder.resolve(name + "-page-" + (page + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(printed);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Where LibreOffice is: a test that needs it fails, saying how to install it, rather than skip. */
    private static final class LibreOffice {

        static String command() {
            for (String candidate : List.of("libreoffice", "soffice")) {
                for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                    if (Files.isExecutable(Path.of(dir, candidate))) {
                        return Path.of(dir, candidate).toString();
                    }
                }
            }
            throw new AssertionError("LibreOffice is not installed: the Word export is proven by opening it with "
                    + "LibreOffice. On Debian: apt-get install libreoffice-writer (.ci/run does it)");
        }
    }
}
