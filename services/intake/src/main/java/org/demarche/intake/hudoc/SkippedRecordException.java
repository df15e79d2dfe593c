package org.demarche.intake.hudoc;

/**
 * A record that is sound but of a kind letters do not cite (a decision, a communicated case, a
 * press release, an action plan): counted as skipped, with the HUDOC field that tells and why.
 */
final class SkippedRecordException extends RuntimeException {

    SkippedRecordException(String field, String reason) {
        super(field + ": " + reason);
    }
}
