package org.demarche.testsupport;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and moves, in UTC; it stands still between moves, so what the code
 * under test reads as "now" is exactly what the test said. Give it to the application as its
 * {@link Clock} bean and a test reaches a deadline, a reminder or a retry by moving the clock,
 * not by waiting for it.
 *
 * <p>{@link #withZone} answers a view in another zone that moves with this clock.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(new AtomicReference<>(requireNonNull(start, "start is required")), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Puts the clock at {@code instant}, forwards or backwards. */
    public void set(Instant instant) {
        now.set(requireNonNull(instant, "instant is required"));
    }

    /** Moves the clock by {@code duration} (backwards when it is negative) and returns the new instant. */
    public Instant advance(Duration duration) {
        requireNonNull(duration, "duration is required");
        return now.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public MutableClock withZone(ZoneId zone) {
        return new MutableClock(now, requireNonNull(zone, "zone is required"));
    }

    @Override
    public String toString() {
        return "MutableClock[" + instant() + ", " + zone + "]";
    }
}
