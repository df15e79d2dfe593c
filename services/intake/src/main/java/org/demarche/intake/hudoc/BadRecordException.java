package org.demarche.intake.hudoc;

/** A record that cannot become a legal fact; the reason names the HUDOC field at fault, as HUDOC spells it. */
final class BadRecordException extends RuntimeException {

    BadRecordException(String field, String reason) {
        this(field + ": " + reason);
    }

    /** @param reasons one or more "field: reason", joined by "; " */
    BadRecordException(String reasons) {
        super(reasons);
    }
}
