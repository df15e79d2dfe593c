package org.demarche.campaigns.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The reference letter in French, as a draft and as published, printed (PDF text, the document's
 * description and the signature images' alternative text), has no English word outside the names and quotations
 * listed in {@link #NAMES_AND_QUOTATIONS}.
 *
 * <p>"English words" are every word English wording could put in a letter: the English templates,
 * conventions and marks, the English names of cities, courts, countries and months. Words French
 * wording uses too ("article", "Convention", "Paris") are no evidence and are not counted. So a
 * draft stamped "DRAFT", "Baku, Brussels" in the place line or "ECtHR" in a ruling fail the test.
 */
class NoEnglishInTheFrenchLetterTest {

    /**
     * What a French letter prints as the registry, the signatories and the Court wrote it, and why.
     * Longest first. Case titles are not here: the letter cites them as the Court writes them in French.
     */
    private static final List<String> NAMES_AND_QUOTATIONS = List.of(
            // signatory blocks: organisations' own names and the titles signatories gave
            "International Partnership for Human Rights",
            "Human Rights Club",
            "Director",
            // organisations and movements named in the case's description
            "Amnesty International",
            "REAL",
            // people
            "Emmanuel Macron", "Emmanuel MACRON", "Ilham Aliyev", "Ilgar Mammadov", "Rasul Jafarov", "Brigitte Dufour");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ALT = Pattern.compile("alt=\"([^\"]*)\"");
    private static final ClassLoader LOADER = NoEnglishInTheFrenchLetterTest.class.getClassLoader();

    private final LetterComposer composer = new LetterComposer();
    private final LetterRenderer renderer = new LetterRenderer();

    @Test
    void findsNoEnglishWordInTheFrenchReferenceLetterDraftOrPublished() throws IOException {
        Set<String> english = vocabulary("en");
        english.removeAll(vocabulary("fr"));

        for (boolean draft : new boolean[] {true, false}) {
            Letter letter = composer.compose(ReferenceCase.referenceCase().inFrench().draft(draft).build());
            RenderedLetter rendered = renderer.render(letter);
            String printed = printed(rendered);

            Set<String> found = new TreeSet<>();
            Matcher words = WORD.matcher(withoutNamesAndQuotations(printed));
            while (words.find()) {
                // a single letter is an elision ("d'", "l'") or an initial, no evidence of a language
                if (words.group().length() > 1 && english.contains(words.group().toLowerCase(Locale.ROOT))) {
                    found.add(words.group());
                }
            }
            assertThat(found).as("English words in the French %s:\n%s", draft ? "draft" : "letter", printed).isEmpty();
            if (draft) {
                assertThat(printed).contains("PROJET");
            }
            assertThat(printed).contains("Bakou, Bruxelles, le 18 juillet 2018", "(CEDH, requête",
                    "Signature de Rasul Jafarov");
        }
    }

    @Test
    void wouldFindTheWordsThatOnceLeakedIntoFrenchLetters() {
        Set<String> english = vocabulary("en");
        english.removeAll(vocabulary("fr"));

        // the test is only as good as its vocabulary: these were in French drafts before
        assertThat(english).contains("draft", "baku", "brussels", "ecthr", "of",
                "july", "sincerely", "azerbaijan");
    }

    /** The PDF's text and description, then each signature image's alternative text. */
    private static String printed(RenderedLetter rendered) throws IOException {
        StringBuilder printed = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            printed.append(new PDFTextStripper().getText(document));
            if (document.getDocumentInformation().getSubject() != null) {
                printed.append('\n').append(document.getDocumentInformation().getSubject());
            }
        }
        Matcher alt = ALT.matcher(rendered.html());
        while (alt.find()) {
            printed.append('\n').append(alt.group(1));
        }
        // a name broken over two lines is still the name
        return printed.toString().replaceAll("[ \\t\\r\\n]+", " ");
    }

    private static String withoutNamesAndQuotations(String text) {
        String rest = text;
        for (String allowed : NAMES_AND_QUOTATIONS) {
            rest = rest.replace(allowed, " ");
        }
        return rest;
    }

    /** Every word the wording of one language can print, lower-cased. */
    private static Set<String> vocabulary(String language) {
        List<String> texts = new ArrayList<>();
        for (LetterPart part : LetterPart.values()) {
            texts.add(withoutComments(LetterWording.read(LOADER, "letter/" + language + "/" + part.fileName()))
                    .replaceAll("\\{[A-Za-z]+}", " "));
        }
        for (String file : List.of(LetterWording.PROPERTIES, LetterWording.IN_COUNTRY_EXCEPTIONS)) {
            for (String line : withoutComments(LetterWording.read(LOADER, "letter/" + language + "/" + file)).split("\n")) {
                int equals = line.indexOf('=');
                if (equals >= 0 && !line.startsWith("locale")) {
                    texts.add(line.substring(equals + 1).replaceAll("\\{[A-Za-z]+}", " "));
                }
            }
        }
        PipeTable marks = PipeTable.parse(LetterMarks.SOURCE, LetterWording.read(LOADER, LetterMarks.SOURCE));
        marks.rows().stream().filter(row -> row.cell(0).equals(language))
                .forEach(row -> texts.add(String.join(" ", row.cells().subList(1, row.cells().size()))
                        .replaceAll("\\{[A-Za-z]+}", " ")));
        texts.addAll(NameTable.load(LOADER, LetterComposer.CITIES).printedIn(language));
        texts.addAll(NameTable.load(LOADER, LetterComposer.COURTS).printedIn(language));
        Locale locale = Locale.forLanguageTag(language);
        for (String country : Locale.getISOCountries()) {
            texts.add(new Locale("", country).getDisplayCountry(locale));
        }
        for (Month month : Month.values()) {
            texts.add(month.getDisplayName(TextStyle.FULL, locale));
            texts.add(month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        }
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String withoutComments(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("#")) {
                kept.append(line.strip()).append('\n');
            }
        }
        return kept.toString();
    }
}
