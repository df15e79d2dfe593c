package org.demarche.platform.inbox;

import java.util.Optional;
import java.util.function.Supplier;

/** The correlation id of the event being applied on this thread, if any. */
public final class CorrelationContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} with {@code correlationId} as the current one, restoring the previous after. */
    public static <T> T with(String correlationId, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(correlationId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
