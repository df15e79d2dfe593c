package org.demarche.platform.kafka;

import java.util.List;

import org.demarche.events.InvalidEventException;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;

/**
 * Whether trying a failed record again can help. Only what is known never to succeed (a record
 * that cannot be read, breaks its contract or is refused as an argument) is permanent; anything
 * else — a peer service away, a timeout, a database or broker error, and also an unforeseen bug —
 * is treated as transient, because retrying for a while costs little and a dead letter costs an
 * operator.
 */
public enum FailureKind {
    TRANSIENT, PERMANENT;

    private static final List<Class<? extends Throwable>> PERMANENT_CAUSES = List.of(InvalidEventException.class,
            IllegalArgumentException.class, DeserializationException.class, ConversionException.class,
            MessageConversionException.class, MethodArgumentResolutionException.class, ClassCastException.class);

    /** Everything that marks a failure as permanent, for the error handler's not-retryable list. */
    @SuppressWarnings("unchecked")
    static Class<? extends Exception>[] permanentExceptions() {
        return PERMANENT_CAUSES.stream().filter(Exception.class::isAssignableFrom).toArray(Class[]::new);
    }

    public static FailureKind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> permanent : PERMANENT_CAUSES) {
                if (permanent.isInstance(t)) {
                    return PERMANENT;
                }
            }
        }
        return TRANSIENT;
    }
}
