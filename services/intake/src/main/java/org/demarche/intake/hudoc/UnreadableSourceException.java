package org.demarche.intake.hudoc;

/** A HUDOC result that is not the JSON shape expected as a whole; nothing of it is imported. */
public class UnreadableSourceException extends RuntimeException {

    UnreadableSourceException(String reason) {
        super(reason);
    }
}
