package org.demarche.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** On the OpenTelemetry SDK the services run on, through Micrometer's bridge, as Spring Boot wires it. */
class TraceContextsTest {

    private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
    private final OtelTracer tracer = new OtelTracer(provider.get("test"), new OtelCurrentTraceContext(), event -> { });
    private final TraceContexts traces = new TraceContexts(tracer,
            new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), provider.get("test")));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void givesTheTraceparentOfTheCurrentSpan() {
        Span request = tracer.nextSpan().name("POST /api/meetings").start();
        try (var scope = tracer.withSpan(request)) {
            assertThat(traces.current()).hasValueSatisfying(traceparent -> assertThat(traceparent)
                    .isEqualTo("00-%s-%s-01".formatted(request.context().traceId(), request.context().spanId())));
        } finally {
            request.end();
        }
    }

    @Test
    void givesNothingOutsideASpan() {
        assertThat(traces.current()).isEmpty();
    }

    @Test
    void continuesTheStoredTraceInAChildSpan() {
        String stored = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        AtomicReference<Span> during = new AtomicReference<>();

        String result = traces.continueFrom(stored, "outbox relay", () -> {
            during.set(tracer.currentSpan());
            return "sent";
        });

        assertThat(result).isEqualTo("sent");
        assertThat(during.get().context().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(during.get().context().parentId()).isEqualTo("00f067aa0ba902b7");
        assertThat(during.get().context().spanId()).isNotEqualTo("00f067aa0ba902b7");
        assertThat(tracer.currentSpan()).as("the span ends with the work").isNull();
    }

    @Test
    void startsATraceOfItsOwnWhenNothingWasStored() {
        AtomicReference<Span> during = new AtomicReference<>();

        traces.continueFrom(null, "deadline", () -> during.set(tracer.currentSpan()));

        assertThat(during.get().context().traceId()).hasSize(32).isNotEqualTo("0".repeat(32));
        assertThat(during.get().context().parentId()).isNull();
    }

    @Test
    void tracesNothingWithoutATracer() {
        assertThat(TraceContexts.none().current()).isEmpty();
        assertThat(TraceContexts.none().continueFrom("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "relay", () -> 42)).isEqualTo(42);
    }
}
