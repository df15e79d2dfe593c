package org.demarche.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.demarche.events.InvalidEventException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.support.KafkaUtils;

/**
 * The one-line reason a record was dead-lettered, so that an operator reads "payload is not valid
 * JSON" rather than a chain of listener wrappers: the event contract's own explanation if the
 * record broke it, otherwise the innermost cause.
 */
public final class DeadLetterReason {

    /** Header on every dead-lettered record: why it could not be processed. */
    public static final String HEADER = "demarche_dlt_reason";

    /** Header on every dead-lettered record: the consumer group that gave up on it. */
    public static final String GROUP_HEADER = "demarche_dlt_group";

    private DeadLetterReason() {
    }

    static Headers headers(ConsumerRecord<?, ?> record, Exception exception) {
        Headers headers = new RecordHeaders();
        headers.add(HEADER, describe(exception).getBytes(StandardCharsets.UTF_8));
        // a parked record names the group that parked it; otherwise it is the group on this thread
        var parkedBy = record.headers().lastHeader(ParkedPosition.GROUP);
        String group = parkedBy != null ? new String(parkedBy.value(), StandardCharsets.UTF_8)
                : KafkaUtils.getConsumerGroupId();
        if (group != null) {
            headers.add(GROUP_HEADER, group.getBytes(StandardCharsets.UTF_8));
        }
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
