package org.demarche.outreach.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code rate} messages per second to one SMTP host, whichever connection sends them:
 * providers throttle or block senders that go faster than agreed. Each message takes the next
 * free slot of its host and waits for it. The slots are either this JVM's own or, in the service,
 * {@link SharedSendingSlots} in the database, so that the rate holds for all instances together.
 *
 * <p>Waits by a monotonic ticker rather than the Clock bean on purpose: the Clock says what time
 * it is (and tests stop or move it), while pacing needs real elapsed time.
 */
final class SendingPace {

    private static final Logger log = LoggerFactory.getLogger(SendingPace.class);

    /** Where slots are reserved. */
    @FunctionalInterface
    interface Slots {

        /** Reserves the next slot of {@code host}, the one after it {@code intervalNanos} later: nanoseconds until it. */
        long reserve(String host, long intervalNanos);
    }

    private final long intervalNanos;
    private final LongSupplier ticker;
    private final Slots slots;
    private final Slots ownSlots;

    /** @param rate messages per second per host; 0 or less for no limit */
    SendingPace(double rate, LongSupplier ticker) {
        this(rate, ticker, null);
    }

    /** @param shared where every instance reserves its slots; null for this JVM's own */
    SendingPace(double rate, LongSupplier ticker, Slots shared) {
        this.intervalNanos = rate <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / rate);
        this.ticker = ticker;
        this.ownSlots = new OwnSlots(ticker);
        this.slots = shared == null ? ownSlots : shared;
    }

    /** One pace for every instance reserving slots in {@code shared}'s database. */
    static SendingPace shared(double rate, SharedSendingSlots shared) {
        return new SendingPace(rate, System::nanoTime,
                (host, interval) -> shared.reserve(host, Duration.ofNanos(interval)).nanosToWait());
    }

    /** Reserves the next slot for {@code host} and returns how long to wait for it, in nanoseconds. */
    long reserve(String host) {
        if (intervalNanos == 0) {
            return 0;
        }
        if (slots == ownSlots) {
            return ownSlots.reserve(host, intervalNanos);
        }
        try {
            return slots.reserve(host, intervalNanos);
        } catch (RuntimeException e) {
            // the database is out of reach: this instance keeps its own pace until it is back,
            // rather than stop sending the batch in hand (whose outcome is recorded there anyway)
            log.warn("Could not reserve a sending slot for {} in the database, pacing alone: {}", host, e.getMessage());
            return ownSlots.reserve(host, intervalNanos);
        }
    }

    /** Waits for this host's next slot. */
    void awaitTurn(String host) {
        long wait = reserve(host);
        long deadline = ticker.getAsLong() + wait;
        for (long left = deadline - ticker.getAsLong(); left > 0; left = deadline - ticker.getAsLong()) {
            LockSupport.parkNanos(this, left);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** Slots of this JVM alone, by its ticker. */
    private static final class OwnSlots implements Slots {

        private final LongSupplier ticker;
        private final Map<String, long[]> nextSlotByHost = new ConcurrentHashMap<>();

        OwnSlots(LongSupplier ticker) {
            this.ticker = ticker;
        }

        @Override
        public long reserve(String host, long intervalNanos) {
            long[] next = nextSlotByHost.computeIfAbsent(host, h -> new long[] {ticker.getAsLong()});
            synchronized (next) {
                long now = ticker.getAsLong();
                long slot = Math.max(now, next[0]);
                next[0] = slot + intervalNanos;
                return slot - now;
            }
        }
    }
}
