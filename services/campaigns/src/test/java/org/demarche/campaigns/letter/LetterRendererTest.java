package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demarche.campaigns.letter.InOrder.assertInOrder;
import static org.demarche.campaigns.letter.ReferenceCase.referenceCase;
import static org.demarche.campaigns.letter.ReferenceCase.referenceFacts;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class LetterRendererTest {

    private static final LetterComposer composer = new LetterComposer();
    private static final LetterRenderer renderer = new LetterRenderer();
    private static final Pattern EMBEDDED_IMAGE = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @Test
    void htmlShowsEveryPartOfTheReferenceLetterInOrder() {
        String html = renderer.render(composer.compose(referenceFacts())).html();

        String body = html.substring(html.indexOf("<body"));
        assertInOrder(body,
                "M. Emmanuel MACRON", "Président de la République française", "75008 Paris",
                "Baku, Brussels, 18 July 2018",
                "<h1>Open letter: President Emmanuel Macron", "20 July 2018", "Ilham Aliyev</h1>",
                "Dear President Macron,",
                "politically motivated charges",
                "Ilgar Mammadov", "15172/13", "Article 5 and Article 18", "919/15", "Article 6",
                "July 2017",
                "immediately and unconditionally",
                "25 October 2017", "Article 46(4)",
                "high on the agenda", "Paris on 20 July 2018",
                "Sincerely,",
                "data:image/png", "Rasul Jafarov", "Director", "Human Rights Club (Azerbaijan)",
                "data:image/png", "Brigitte Dufour", "International Partnership for Human Rights (Belgium)");
    }

    @Test
    void htmlIsACompleteWellFormedDocumentWithPrintStyles() throws Exception {
        String html = renderer.render(composer.compose(referenceFacts())).html();

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"", "<meta charset=\"UTF-8\" />",
                        "<title>Open letter: President Emmanuel Macron", "@page { size: A4; margin:",
                        "font-family: 'DejaVu Serif', serif", "<address class=\"addressee\">");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new java.io.StringReader(html)));
    }

    @Test
    void escapesEveryFactInHtml() {
        Letter letter = composer.compose(referenceCase()
                .cases(new CaseFacts("A <b>bold</b> & \"quoted\" name", "Held since 2013."))
                .signatories(new SignatoryBlock("<script>alert(1)</script>", "Director", "Rights & Co", "AZ", null))
                .build());

        String html = renderer.render(letter).html();

        assertThat(html).contains("A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; name",
                        "&lt;script&gt;alert(1)&lt;/script&gt;", "Rights &amp; Co")
                .doesNotContain("<b>", "<script>");
    }

    @Test
    void embedsEachSignatureAsAFreshPng() throws Exception {
        byte[] jpeg = ReferenceCase.jpegSignature(Color.BLACK);
        byte[] pngWithPayload = concat(ReferenceCase.signature(Color.BLUE),
                "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        Letter letter = composer.compose(referenceCase()
                .signatories(new SignatoryBlock("Rasul Jafarov", "Director", "Human Rights Club", "AZ", jpeg),
                        new SignatoryBlock("Brigitte Dufour", "Director", "IPHR", "BE", pngWithPayload))
                .build());

        List<byte[]> embedded = embeddedImages(renderer.render(letter).html());

        assertThat(embedded).hasSize(2);
        for (byte[] png : embedded) {
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(80);
        }
        assertThat(new String(embedded.get(1), StandardCharsets.ISO_8859_1)).doesNotContain("script");
    }

    @Test
    void leavesOutASignatureThatIsNotAnImageAndKeepsTheBlock() {
        Letter letter = composer.compose(referenceCase()
                .signatories(ReferenceCase.jafarov(),
                        new SignatoryBlock("Brigitte Dufour", "Director", "International Partnership for Human Rights",
                                "BE", "GIF89a but not really".getBytes(StandardCharsets.US_ASCII)))
                .build());

        RenderedLetter rendered = renderer.render(letter);

        assertThat(embeddedImages(rendered.html())).hasSize(1);
        assertInOrder(rendered.html(), "data:image/png", "Rasul Jafarov", "Brigitte Dufour", "Director",
                "International Partnership for Human Rights (Belgium)");
        assertThat(rendered.html().substring(rendered.html().indexOf("Rasul Jafarov"))).doesNotContain("<img");
        assertThat(rendered.text())
                .contains("Brigitte Dufour, Director, International Partnership for Human Rights (Belgium)");
    }

    @Test
    void marksADraftVisiblyAndOnlyADraft() {
        RenderedLetter draft = renderer.render(composer.compose(referenceCase().draft(true).build()));
        RenderedLetter letter = renderer.render(composer.compose(referenceFacts()));

        assertThat(draft.html()).contains("<div class=\"draft\">DRAFT</div>");
        assertThat(draft.text()).startsWith("DRAFT\n\n");
        assertThat(letter.html()).doesNotContain("DRAFT");
        assertThat(letter.text()).doesNotContain("DRAFT");
    }

    @Test
    void marksADraftInTheLettersLanguage() {
        RenderedLetter draft = renderer.render(composer.compose(referenceCase().inFrench().draft(true).build()));

        assertThat(draft.html()).contains("<div class=\"draft\">PROJET</div>", "alt=\"Signature de Rasul Jafarov\"")
                .doesNotContain("DRAFT", "Signature of");
        assertThat(draft.text()).startsWith("PROJET\n\n").doesNotContain("DRAFT");
    }

    @Test
    void listsTheSignatoriesEachWithTheirSignatureNamedForAScreenReader() {
        RenderedLetter letter = renderer.render(composer.compose(referenceFacts()));

        assertInOrder(letter.html(), "<ul class=\"signatories\">", "<li class=\"signatory\">",
                "alt=\"Signature of Rasul Jafarov\"", "Rasul Jafarov", "</li>", "<li class=\"signatory\">",
                "alt=\"Signature of Brigitte Dufour\"", "Brigitte Dufour", "</li>", "</ul>");
    }

    @Test
    void textHasOnePartPerBlockAndOneLinePerSignatory() {
        Letter letter = composer.compose(referenceFacts());

        String[] blocks = renderer.render(letter).text().split("\n\n");

        List<String> expected = new ArrayList<>();
        expected.add(String.join("\n", letter.addressLines()));
        expected.add("Baku, Brussels, 18 July 2018");
        expected.add(letter.title());
        expected.add("Dear President Macron,");
        expected.addAll(letter.paragraphs());
        expected.add("Sincerely,");
        expected.add("Rasul Jafarov, Director, Human Rights Club (Azerbaijan)\n"
                + "Brigitte Dufour, Director, International Partnership for Human Rights (Belgium)\n");
        assertThat(blocks).containsExactlyElementsOf(expected);
    }

    @Test
    void countsThoseWhoSignedWithoutBeingNamedAfterTheSignatories() {
        Letter letter = composer.compose(referenceFacts());
        String line = composer.unnamedSignatories("en", 2).orElseThrow();

        RenderedLetter rendered = renderer.render(letter.withSignatories(letter.signatories(), line));

        assertThat(line).isEqualTo("Organisations that signed without being named, for their safety: 2");
        assertThat(rendered.text()).endsWith("International Partnership for Human Rights (Belgium)\n" + line + "\n");
        assertInOrder(rendered.html(), "Brigitte Dufour", "<p class=\"unnamed\">" + line + "</p>");
        assertThat(composer.unnamedSignatories("fr", 1)).contains(
                "Organisations signataires qui ne sont pas nommées, pour leur sécurité\u00a0: 1");
        assertThat(composer.unnamedSignatories("en", 0)).isEmpty();
    }

    @Test
    void namesASignatoryWithWhateverIsKnown() {
        assertThat(LetterText.signatoryLine(new SignatoryBlock("İlqar Məmmədov", null, "Азербайджанский комитет", "AZ",
                null), "en")).isEqualTo("İlqar Məmmədov, Азербайджанский комитет (Azerbaijan)");
        assertThat(LetterText.signatoryLine(new SignatoryBlock("A. Person", "Lawyer", null, null, null), "en"))
                .isEqualTo("A. Person, Lawyer");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static List<byte[]> embeddedImages(String html) {
        List<byte[]> images = new ArrayList<>();
        Matcher matcher = EMBEDDED_IMAGE.matcher(html);
        while (matcher.find()) {
            images.add(Base64.getDecoder().decode(matcher.group(1)));
        }
        return images;
    }
}
