package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.letter.ReferenceCase.referenceCase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The published reference letter, in English and in French, is a valid PDF/A-3b and PDF/UA-1
 * document as veraPDF (the PDF Association's reference validator, its greenfield implementation
 * from Maven Central) judges it, and carries the metadata and structure a reader relies on.
 * A draft stays a plain PDF.
 */
class ArchivalLetterPdfTest {

    private static final LetterComposer composer = new LetterComposer();
    private static final LetterRenderer renderer = new LetterRenderer();

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr"})
    void isAValidPdfA3b(String language) throws Exception {
        assertThat(failures(published(language), PDFAFlavour.PDFA_3_B)).isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr"})
    void isAValidPdfUa1(String language) throws Exception {
        assertThat(failures(published(language), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr"})
    void carriesTitleOrganisationsDateAndLanguageInItsXmpMetadata(String language) throws Exception {
        Letter letter = letter(language, false);

        try (PDDocument document = Loader.loadPDF(renderer.render(letter).pdf())) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());

            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(letter.title());
            assertThat(xmp.getDublinCoreSchema().getCreators())
                    .containsExactly("Human Rights Club, International Partnership for Human Rights");
            assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly(language);
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(
                    (language.equals("fr") ? "Lettre ouverte signée par " : "Open letter signed by ")
                            + "Human Rights Club, International Partnership for Human Rights");
            assertThat(xmp.getXMPBasicSchema().getCreateDate()).isNotNull();
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(document.getDocumentInformation().getAuthor())
                    .isEqualTo("Human Rights Club, International Partnership for Human Rights");
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr"})
    void isTaggedWithAHeadingParagraphsTheSignatoriesAsAListAndNamedSignatures(String language) throws Exception {
        try (PDDocument document = Loader.loadPDF(published(language))) {
            List<PDStructureElement> elements = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();

            assertThat(types).containsOnlyOnce("H1").contains("P", "L");
            assertThat(types.stream().filter("P"::equals).count()).isGreaterThan(8);
            PDStructureElement list = elements.stream().filter(e -> e.getStructureType().equals("L")).findFirst()
                    .orElseThrow();
            assertThat(list.getKids()).filteredOn(kid -> kid instanceof PDStructureElement e
                    && e.getStructureType().equals("LI")).hasSize(2);
            String signature = language.equals("fr") ? "Signature de " : "Signature of ";
            assertThat(elements).filteredOn(e -> e.getStructureType().equals("Figure"))
                    .extracting(PDStructureElement::getAlternateDescription)
                    .containsExactly(signature + "Rasul Jafarov", signature + "Brigitte Dufour");
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "fr"})
    void leavesADraftAPlainPdf(String language) throws Exception {
        try (PDDocument document = Loader.loadPDF(renderer.render(letter(language, true)).pdf())) {
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PDFA_3_B", "PDFUA_1"})
    void validatorRejectsADraftWhichIsNeither(String flavour) throws Exception {
        // the validation above proves something only if the same validator can say no
        assertThat(failures(renderer.render(letter("fr", true)).pdf(), PDFAFlavour.valueOf(flavour))).isNotEmpty();
    }

    private static Letter letter(String language, boolean draft) {
        ReferenceCase facts = referenceCase().draft(draft);
        if (language.equals("fr")) {
            facts.inFrench();
        }
        return composer.compose(facts.build());
    }

    private static byte[] published(String language) {
        return renderer.render(letter(language, false)).pdf();
    }

    /** Each rule the document breaks, with where and why, as veraPDF reports it. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                            + assertion.getMessage() + " at " + assertion.getLocation().getContext());
                }
            }
            assertThat(result.isCompliant()).as("compliant with %s: %s", flavour, failures)
                    .isEqualTo(failures.isEmpty());
            return failures;
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
