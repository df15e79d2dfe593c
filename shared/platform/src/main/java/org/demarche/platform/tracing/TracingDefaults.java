package org.demarche.platform.tracing;

import java.util.Map;

import org.demarche.platform.LowestPrecedenceDefaults;

/**
 * How every service traces, as settings of lowest precedence: a service's {@code application.yml}
 * or its environment may still choose otherwise.
 */
public class TracingDefaults extends LowestPrecedenceDefaults {

    static final String SOURCE_NAME = "demarchePlatformTracingDefaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            // every record sent carries the traceparent of its span, and a listener continues it
            "spring.kafka.template.observation-enabled", "true",
            "spring.kafka.listener.observation-enabled", "true",
            // a coalition's service handles hundreds of requests a day, not millions: keep every trace
            // (what an exporter receives; the trace ids in the logs are there either way)
            "management.tracing.sampling.probability", "1.0");

    public TracingDefaults() {
        super(SOURCE_NAME, DEFAULTS);
    }
}
