package org.demarche.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each phase of the scenario took, printed as it goes and summed up at the end. */
final class Phases {

    private final Clock clock;
    private final Instant start;
    private final Map<String, Duration> took = new LinkedHashMap<>();
    private String current;
    private Instant currentStart;

    Phases(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    /** Ends the phase under way, if any, and starts the next. */
    void begin(String phase) {
        end();
        current = phase;
        currentStart = clock.instant();
        System.out.printf("[e2e] %6.1f s  %s%n", seconds(Duration.between(start, currentStart)), phase);
    }

    /** Ends the phase under way. */
    void end() {
        if (current != null) {
            Duration elapsed = Duration.between(currentStart, clock.instant());
            took.put(current, elapsed);
            System.out.printf("[e2e] %6.1f s  ... %s took %.1f s%n", seconds(Duration.between(start, clock.instant())),
                    current, seconds(elapsed));
            current = null;
        }
    }

    /** Records a phase measured elsewhere (e.g. the services' start, before the test method). */
    void record(String phase, Duration elapsed) {
        took.put(phase, elapsed);
    }

    Duration total() {
        return took.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    String summary() {
        StringBuilder text = new StringBuilder("[e2e] timings (s):\n");
        took.forEach((phase, elapsed) -> text.append(String.format("[e2e]   %7.1f  %s%n", seconds(elapsed), phase)));
        text.append(String.format("[e2e]   %7.1f  total%n", seconds(total())));
        return text.toString();
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
