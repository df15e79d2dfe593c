package org.demarche.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.demarche.events.InvalidEventException;
import org.springframework.core.NestedExceptionUtils;

/**
 * The one-line reason a record was dead-lettered, so that an operator reads "payload is not valid
 * JSON" rather than a chain of listener wrappers: the event contract's own explanation if the
 * record broke it, otherwise the innermost cause.
 */
public final class DeadLetterReason {

    /** Header on every dead-lettered record: why it could not be processed. */
    public static final String HEADER = "demarche_dlt_reason";

    private DeadLetterReason() {
    }

    static Headers headers(ConsumerRecord<?, ?> record, Exception exception) {
        Headers headers = new RecordHeaders();
        headers.add(HEADER, describe(exception).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    static String describe(Throwable exception) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException) {
                cause = t;
                break;
            }
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + ": " + (message == null ? "(no message)" : message);
    }
}
