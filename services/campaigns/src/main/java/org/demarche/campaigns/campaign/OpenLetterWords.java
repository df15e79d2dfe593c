package org.demarche.campaigns.campaign;

import java.util.Locale;
import java.util.ResourceBundle;

import com.ibm.icu.text.MessageFormat;

/**
 * The words of a published letter's page, in the letter's language: the page speaks it whatever
 * the service's other pages are written in (English and French, for the staff) and whatever the
 * reader's browser asks for, so a letter in Russian or Azerbaijani has its page in that language.
 * From {@code open-letter.properties} and its translations; a language without them reads English.
 *
 * @param signedByPattern ICU message pattern with {@code {0}} the number of organisations, plural forms by language
 * @param imagePattern    ICU message pattern with {@code {0}} the letter's title
 */
record OpenLetterWords(Locale language, String skip, String pdf, String text, String signatories, String footer,
                       String signedByPattern, String imagePattern) {

    static final String BUNDLE = "org.demarche.campaigns.campaign.open-letter";

    /** @param languageTag the letter's language, e.g. {@code ru} */
    static OpenLetterWords of(String languageTag) {
        Locale language = Locale.forLanguageTag(languageTag);
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new OpenLetterWords(language, words.getString("skip"), words.getString("pdf"), words.getString("text"),
                words.getString("signatories"), words.getString("footer"), words.getString("signedBy"),
                words.getString("image"));
    }

    /** "Signed by 2 organisations", with the language's plural forms. */
    public String signedBy(int organisations) {
        return new MessageFormat(signedByPattern, language).format(new Object[] {organisations});
    }

    /** What a link preview's picture shows, for those who cannot see it. */
    public String image(String title) {
        return new MessageFormat(imagePattern, language).format(new Object[] {title});
    }
}
