package org.demarche.outreach.signon;

/**
 * A personal link that this service did not issue, that was altered, or whose invitation it does
 * not know. Answered with 404: nothing tells a guesser which of these it was.
 */
public class UnknownLinkException extends RuntimeException {

    public UnknownLinkException(String reason) {
        super(reason);
    }
}
