package org.demarche.campaigns.letter;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The letter as a complete XHTML document with print CSS. Well-formed XML, because the PDF is
 * rendered from this same document and openhtmltopdf parses it as XML; its elements are what the
 * tagged PDF's structure is made of (h1 a heading, p paragraphs, the signatories a list, each
 * signature image a figure whose alternative text names the signatory), and its {@code lang} the
 * document's language.
 */
final class LetterHtml {

    /** Above this many signatories, their blocks go side by side in two columns: a list of 100 stays a few pages. */
    static final int COLUMNS_FROM = 20;

    /** The draft watermark's size for a short mark, and the line a longer one is fitted to. */
    private static final int WATERMARK_POINTS = 110;
    private static final int WATERMARK_LINE_POINTS = 540;

    /** The family the renderer registers the embedded fonts under. */
    static final String FONT_FAMILY = "DejaVu Serif";

    private static final String STYLE = """
            @page { size: A4; margin: 25mm 20mm 25mm 25mm; }
            body { font-family: '{font}', serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
            @media screen { body { max-width: 165mm; margin: 2em auto; } }
            .draft { border: 1.5pt solid #a00; color: #a00; font-weight: bold; text-align: center;
                     letter-spacing: 0.3em; padding: 1.5mm; margin-bottom: 8mm; }
            .draft-watermark { position: fixed; top: 105mm; left: 0; width: 100%; z-index: -1;
                               text-align: center; font-weight: bold; color: #f3dada; white-space: nowrap;
                               transform: rotate(-35deg); }
            .addressee { font-style: normal; margin: 0 0 10mm 0; }
            .place-date { text-align: right; margin: 0 0 8mm 0; }
            h1 { font-size: 12.5pt; font-weight: bold; line-height: 1.3; margin: 0 0 6mm 0; }
            p { margin: 0 0 3.5mm 0; }
            p, div { overflow-wrap: break-word; word-wrap: break-word; }
            .closing { margin-top: 6mm; }
            ul.signatories { list-style: none; margin: 0; padding: 0; }
            .signatory { page-break-inside: avoid; margin: 5mm 0 0 0; }
            .signatory img { display: block; height: 16mm; width: auto; margin-bottom: 1mm; }
            .signatory p { margin: 0; }
            .signatory .name { font-weight: bold; }
            .unnamed { margin-top: 5mm; font-style: italic; }
            .signatories.columns { font-size: 9.5pt; line-height: 1.35; }
            .signatories.columns .signatory { display: inline-block; width: 46%; margin: 3mm 3% 0 0;
                                              vertical-align: top; }
            .signatories.columns .signatory img { height: 11mm; }
            .signatories.columns .no-signature { height: 11mm; margin-bottom: 1mm; }
            """.replace("{font}", FONT_FAMILY);

    private LetterHtml() {
    }

    /**
     * @param signatures the re-encoded PNG of each signatory, in the same order; empty where none
     * @param author     for the document's metadata, may be null
     * @param marks      the draft mark and the signature images' text, in the letter's language
     */
    static String of(Letter letter, List<Optional<byte[]>> signatures, String author, LetterMarks marks) {
        String lang = escape(letter.language());
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n")
                .append("<title>").append(escape(letter.title())).append("</title>\n");
        if (author != null && !author.isBlank()) {
            html.append("<meta name=\"author\" content=\"").append(escape(author)).append("\" />\n");
        }
        // the PDF's description (its Subject): PDF/UA wants one, screen readers announce it
        marks.description(letter.language(), author).ifPresent(description ->
                html.append("<meta name=\"subject\" content=\"").append(escape(description)).append("\" />\n"));
        html.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        if (letter.draft()) {
            String mark = marks.draft(letter.language());
            html.append("<div class=\"draft-watermark\" style=\"font-size: ").append(watermarkSize(mark))
                    .append("pt\">").append(escape(mark)).append("</div>\n")
                    .append("<div class=\"draft\">").append(escape(mark)).append("</div>\n");
        }
        if (!letter.addressLines().isEmpty()) {
            html.append("<address class=\"addressee\">\n");
            for (String line : letter.addressLines()) {
                html.append("<div>").append(escape(line)).append("</div>\n");
            }
            html.append("</address>\n");
        }
        element(html, "p class=\"place-date\"", letter.placeAndDate());
        element(html, "h1", letter.title());
        element(html, "p class=\"salutation\"", letter.salutation());
        html.append("<div class=\"body\">\n");
        for (String paragraph : letter.paragraphs()) {
            if (paragraph != null && !paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
        }
        html.append("</div>\n");
        element(html, "p class=\"closing\"", letter.closing());
        boolean columns = letter.signatories().size() > COLUMNS_FROM;
        if (!letter.signatories().isEmpty()) {
            // a list, so that a screen reader announces how many signed and moves from one to the next
            html.append(columns ? "<ul class=\"signatories columns\">\n" : "<ul class=\"signatories\">\n");
            for (int i = 0; i < letter.signatories().size(); i++) {
                signatory(html, letter.signatories().get(i), signatures.get(i), letter.language(), columns, marks);
            }
            html.append("</ul>\n");
        }
        element(html, "p class=\"unnamed\"", letter.unnamed());
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * 110 pt for "DRAFT", smaller for a longer mark ("PROJET", "ПРОЕКТ"), so that each fits across
     * the page on one line.
     */
    static int watermarkSize(String mark) {
        return Math.min(WATERMARK_POINTS, WATERMARK_LINE_POINTS / Math.max(1, mark.codePointCount(0, mark.length())));
    }

    /** In columns, a block without an image keeps the image's room, so that names side by side align. */
    private static void signatory(StringBuilder html, SignatoryBlock signatory, Optional<byte[]> png, String language,
            boolean columns, LetterMarks marks) {
        html.append("<li class=\"signatory\">\n");
        png.ifPresent(bytes -> html.append("<img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(bytes))
                .append("\" alt=\"").append(escape(marks.signatureOf(language, signatory.name()))).append("\" />\n"));
        if (png.isEmpty() && columns) {
            html.append("<div class=\"no-signature\"></div>\n");
        }
        element(html, "p class=\"name\"", signatory.name());
        element(html, "p class=\"signatory-title\"", signatory.title());
        element(html, "p class=\"organisation\"", LetterText.organisationAndCountry(signatory, language));
        html.append("</li>\n");
    }

    private static void element(StringBuilder html, String tagAndAttributes, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String tag = tagAndAttributes.split(" ", 2)[0];
        html.append('<').append(tagAndAttributes).append('>').append(escape(text))
                .append("</").append(tag).append(">\n");
    }

    /** Escapes text for XHTML content and attribute values, dropping characters XML forbids. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
