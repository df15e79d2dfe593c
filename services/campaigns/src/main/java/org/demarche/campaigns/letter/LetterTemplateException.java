package org.demarche.campaigns.letter;

/**
 * A letter template that cannot be used: missing, malformed, or using a placeholder the composer
 * does not fill. Thrown while the composer is constructed, so a bad edit stops the service at
 * start-up rather than producing a letter with holes.
 */
class LetterTemplateException extends IllegalStateException {

    LetterTemplateException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
    }

    LetterTemplateException(String source, String problem) {
        super(source + ": " + problem);
    }
}
