package org.demarche.events;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record that can never be processed: malformed, failing its schema, or with
 * missing CloudEvents headers. Extends Kafka's {@link SerializationException}
 * so that Spring Kafka's error handler sends it to the dead-letter topic at
 * once instead of retrying. The message names the problem for people reading
 * the DLT headers.
 */
public class InvalidEventException extends SerializationException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
