package org.demarche.campaigns.letter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lays a composed letter out as HTML, plain text and PDF.
 *
 * <p>The PDF is printed from the same HTML by openhtmltopdf, with DejaVu Serif embedded (it covers
 * Latin Extended and Cyrillic, so names such as "İlqar Məmmədov" print as written). Signature
 * images are decoded and re-encoded as PNG before they are embedded; one that is refused (not a PNG
 * or JPEG, over 1 MB or 4000 × 4000 pixels, unreadable) is left out and its signatory block kept.
 *
 * <p>A letter that is no longer a draft is a document of record: its PDF is PDF/A-3b (archival:
 * fonts embedded, an sRGB output intent, XMP metadata with its title, the signing organisations,
 * its date and language) and PDF/UA-1 (tagged: a heading, paragraphs, the signatories as a list,
 * each signature image a figure whose alternative text names the signatory). A draft is a plain
 * PDF, which is quicker to make and is replaced at the next change anyway.
 */
@Component
public class LetterRenderer {

    private static final Logger log = LoggerFactory.getLogger(LetterRenderer.class);
    private static final String FONT_FOLDER = "letter/fonts/";

    private final byte[] regularFont;
    private final byte[] boldFont;
    /** The JDK's own sRGB profile (ICC v2), which the colours of letters and their images are in. */
    private final byte[] colourProfile;
    private final LetterMarks marks;

    LetterRenderer() {
        OpenHtmlToPdfLog.install();
        ClassLoader loader = LetterRenderer.class.getClassLoader();
        this.marks = LetterMarks.load(loader,
                LetterComposer.templateLanguages(loader, LetterComposer.TEMPLATE_ROOT));
        this.regularFont = font("DejaVuSerif.ttf");
        this.boldFont = font("DejaVuSerif-Bold.ttf");
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    public RenderedLetter render(Letter letter) {
        List<Optional<byte[]>> signatures = new ArrayList<>();
        for (SignatoryBlock signatory : letter.signatories()) {
            SignatureImage.Check image = signatory.signatureImage() == null ? null
                    : SignatureImage.check(signatory.signatureImage());
            if (image != null && !image.accepted()) {
                log.warn("Left out the signature image of a signatory of {}: {}", signatory.organisation(),
                        image.refusal());
            }
            signatures.add(image == null ? Optional.empty() : Optional.ofNullable(image.png()));
        }
        String html = LetterHtml.of(letter, signatures, LetterAuthors.of(letter).joined(), marks);
        return new RenderedLetter(html, text(letter), pdf(html, letter));
    }

    /** The plain text alone: what partners read and what draft versions compare. */
    public String text(Letter letter) {
        return LetterText.of(letter, marks.draft(letter.language()));
    }

    private byte[] pdf(String html, Letter letter) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // subset: only the glyphs a letter uses are embedded
        builder.useFont(() -> new ByteArrayInputStream(regularFont), LetterHtml.FONT_FAMILY, 400, FontStyle.NORMAL,
                true);
        builder.useFont(() -> new ByteArrayInputStream(boldFont), LetterHtml.FONT_FAMILY, 700, FontStyle.NORMAL,
                true);
        builder.useUnicodeLineBreaker(new LetterLineBreaker(Locale.forLanguageTag(letter.language())));
        builder.withProducer("Démarche");
        builder.withHtmlContent(html, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (letter.draft()) {
                builder.toStream(out);
                builder.run();
            } else {
                builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
                builder.usePdfUaAccessibility(true);
                builder.useColorProfile(colourProfile);
                try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                     PDDocument document = renderer.createPDFKeepOpen()) {
                    ArchivalMetadata.addLanguage(document, letter.language());
                    document.save(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the letter as PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (var in = LetterRenderer.class.getClassLoader().getResourceAsStream(FONT_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FONT_FOLDER + file + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FONT_FOLDER + file, e);
        }
    }
}
