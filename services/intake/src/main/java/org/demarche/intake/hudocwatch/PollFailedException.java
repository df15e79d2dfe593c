package org.demarche.intake.hudocwatch;

/** A page that could not be had or read: the poll of that source and state stops there, to be retried. */
class PollFailedException extends RuntimeException {

    PollFailedException(String reason) {
        super(reason);
    }
}
