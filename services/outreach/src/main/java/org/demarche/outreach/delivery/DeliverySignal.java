package org.demarche.outreach.delivery;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/** Wakes the senders when a message is queued, so that they need not poll often to be quick. */
@Component
class DeliverySignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private long generation;

    void wakeUp() {
        lock.lock();
        try {
            generation++;
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The current generation, to wait for a newer one with {@link #awaitAfter}. */
    long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until something was queued after {@code seen}, or {@code timeout} passed. */
    void awaitAfter(long seen, Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (generation == seen && nanos > 0) {
                nanos = queued.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }
}
