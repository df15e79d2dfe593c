package org.demarche.outreach.delivery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * At most {@code rate} messages per second to one SMTP host, whichever connection sends them:
 * providers throttle or block senders that go faster than agreed. Each message takes the next
 * free slot of its host and waits for it.
 *
 * <p>Paced by a monotonic ticker rather than the Clock bean on purpose: the Clock says what time
 * it is (and tests stop or move it), while pacing needs real elapsed time.
 */
final class SendingPace {

    private final long intervalNanos;
    private final LongSupplier ticker;
    private final Map<String, long[]> nextSlotByHost = new ConcurrentHashMap<>();

    /** @param rate messages per second per host; 0 or less for no limit */
    SendingPace(double rate, LongSupplier ticker) {
        this.intervalNanos = rate <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / rate);
        this.ticker = ticker;
    }

    static SendingPace perSecond(double rate) {
        return new SendingPace(rate, System::nanoTime);
    }

    /** Reserves the next slot for {@code host} and returns how long to wait for it, in nanoseconds. */
    long reserve(String host) {
        if (intervalNanos == 0) {
            return 0;
        }
        long[] next = nextSlotByHost.computeIfAbsent(host, h -> new long[] {ticker.getAsLong()});
        synchronized (next) {
            long now = ticker.getAsLong();
            long slot = Math.max(now, next[0]);
            next[0] = slot + intervalNanos;
            return slot - now;
        }
    }

    /** Waits for this host's next slot. */
    void awaitTurn(String host) {
        long deadline = ticker.getAsLong() + reserve(host);
        for (long left = deadline - ticker.getAsLong(); left > 0; left = deadline - ticker.getAsLong()) {
            LockSupport.parkNanos(this, left);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }
}
