package org.demarche.campaigns.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.stereotype.Component;

/**
 * The letter as a Word document (.docx, written with Apache POI), for the coordinators and the
 * partners' lawyers who edit and review in Word: the same parts as the PDF, in the same order, each
 * paragraph in a named style of its part ({@code letter/docx/styles.xml}: the title a heading, each
 * signatory block in "Signatory name", "Signatory title", "Signatory organisation"), the signature
 * images in place, checked and redrawn as for the PDF, with alternative text naming the signatory.
 * A draft says so at its top and in every page's header. A4, with the PDF's margins.
 */
@Component
public class LetterDocx {

    private static final String STYLES = "letter/docx/styles.xml";
    /** The height a signature prints at in the PDF. */
    private static final double SIGNATURE_HEIGHT_MM = 16;
    private static final double SIGNATURE_MAX_WIDTH_MM = 70;

    private final String styles;
    private final LetterMarks marks;

    LetterDocx() {
        ClassLoader loader = LetterDocx.class.getClassLoader();
        this.styles = LetterWording.read(loader, STYLES);
        this.marks = LetterMarks.load(loader, LetterComposer.templateLanguages(loader, LetterComposer.TEMPLATE_ROOT));
    }

    public byte[] write(Letter letter) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createStyles().setStyles(StylesDocument.Factory
                    .parse(styles.replace("{language}", letter.language())).getStyles());
            a4(document);
            describe(document, letter);
            if (letter.draft()) {
                String mark = marks.draft(letter.language());
                XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
                header.setStyle("Header");
                header.createRun().setText(mark);
                paragraph(document, "DraftMark", mark);
            }
            paragraph(document, "Addressee", String.join("\n", letter.addressLines()));
            paragraph(document, "PlaceAndDate", letter.placeAndDate());
            paragraph(document, "Heading1", letter.title());
            paragraph(document, "Salutation", letter.salutation());
            letter.paragraphs().forEach(text -> paragraph(document, "BodyText", text));
            paragraph(document, "Closing", letter.closing());
            for (SignatoryBlock signatory : letter.signatories()) {
                signatory(document, signatory, letter.language());
            }
            paragraph(document, "UnnamedSignatories", letter.unnamed());
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the letter as a Word document", e);
        } catch (XmlException e) {
            throw new IllegalStateException(STYLES + " is not a valid styles part", e);
        }
    }

    private void signatory(XWPFDocument document, SignatoryBlock signatory, String language) {
        Optional<byte[]> png = signatory.signatureImage() == null ? Optional.empty()
                : SignatureImage.asPng(signatory.signatureImage());
        png.ifPresent(bytes -> picture(document, bytes, marks.signatureOf(language, signatory.name())));
        paragraph(document, png.isPresent() ? "SignatoryNameUnderImage" : "SignatoryName", signatory.name());
        paragraph(document, "SignatoryTitle", signatory.title());
        paragraph(document, "SignatoryOrganisation", LetterText.organisationAndCountry(signatory, language));
    }

    /** A paragraph in a style; line breaks within the text stay line breaks. Nothing for a blank part. */
    private static void paragraph(XWPFDocument document, String style, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        String[] lines = text.strip().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** The signature at the height it prints at in the PDF, with its alternative text. */
    private static void picture(XWPFDocument document, byte[] png, String alternative) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            double height = Units.toEMU(SIGNATURE_HEIGHT_MM * 72 / 25.4);
            double width = height * image.getWidth() / image.getHeight();
            double widest = Units.toEMU(SIGNATURE_MAX_WIDTH_MM * 72 / 25.4);
            if (width > widest) {
                height = height * widest / width;
                width = widest;
            }
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("SignatureImage");
            XWPFRun run = paragraph.createRun();
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "signature.png",
                    (int) width, (int) height);
            picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(alternative);
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(alternative);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed a signature image", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("A redrawn signature is not a PNG", e);
        }
    }

    /** A4 with the PDF's margins: 25 mm at the top, bottom and left, 20 mm at the right. */
    private static void a4(XWPFDocument document) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1417));
        margins.setBottom(BigInteger.valueOf(1417));
        margins.setLeft(BigInteger.valueOf(1417));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The document's properties: its title, the signing organisations as author, its language. */
    private static void describe(XWPFDocument document, Letter letter) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(letter.title());
        core.setCreator(LetterAuthors.of(letter).joinedOr("Démarche"));
        core.getUnderlyingProperties().setLanguageProperty(letter.language());
    }
}
