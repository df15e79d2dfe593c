package org.demarche.campaigns.letter;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where the PDF may break a line: where Java's line {@link BreakIterator} allows it, except right
 * after a digit, so that citations such as "46(4)" stay whole. openhtmltopdf's own breaker breaks
 * after every "/" so that URLs can wrap, which splits application numbers such as "15172/13";
 * Java's keeps those together and still wraps URLs after their "/" separators.
 */
final class LetterLineBreaker implements FSTextBreaker {

    private final BreakIterator lines;
    private String text = "";

    LetterLineBreaker(Locale locale) {
        this.lines = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String text) {
        this.text = text;
        lines.setText(text);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && at > 0 && at < text.length()
                && Character.isDigit(text.charAt(at - 1)) && !Character.isWhitespace(text.charAt(at))) {
            at = lines.next();
        }
        return at;
    }
}
