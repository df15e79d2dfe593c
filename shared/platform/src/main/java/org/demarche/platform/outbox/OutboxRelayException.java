package org.demarche.platform.outbox;

/** The broker did not take a batch of outbox events; the batch stays in the outbox. */
public class OutboxRelayException extends RuntimeException {

    public OutboxRelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
