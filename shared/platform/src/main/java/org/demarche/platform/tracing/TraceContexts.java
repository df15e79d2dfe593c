package org.demarche.platform.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Keeps a trace across a wait: {@link #current()} gives the W3C {@code traceparent} of the work on
 * this thread, to be stored beside what it leaves for later, and {@link #continueFrom} runs the
 * later work in a span of that same trace, so that its log lines carry the same trace id.
 */
public class TraceContexts {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Traces nothing: for code that runs without tracing (unit tests, tools). */
    public static TraceContexts none() {
        return new TraceContexts(Tracer.NOOP, Propagator.NOOP);
    }

    /** The {@code traceparent} of the span current on this thread, if there is one. */
    public Optional<String> current() {
        Span span = tracer.currentSpan();
        if (span == null || span.isNoop()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT));
    }

    /**
     * Runs {@code work} in a new span named {@code name}, a child of {@code traceparent}; with no
     * {@code traceparent} (written before tracing, or by untraced work) in a span of a new trace.
     */
    public <T> T continueFrom(String traceparent, String name, Supplier<T> work) {
        Span span = (traceparent == null
                ? tracer.spanBuilder().setNoParent()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get))
                .name(name)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** As {@link #continueFrom(String, String, Supplier)}, for work that returns nothing. */
    public void continueFrom(String traceparent, String name, Runnable work) {
        continueFrom(traceparent, name, () -> {
            work.run();
            return null;
        });
    }
}
