package org.demarche.outreach.finalletter;

/**
 * The published letter could not be fetched, or what came back is not a PDF. Thrown out of the
 * listener so that the Kafka error handler retries the distribution with back-off.
 */
class LetterUnavailableException extends RuntimeException {

    LetterUnavailableException(String message) {
        super(message);
    }

    LetterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
