package org.demarche.outreach.delivery;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code mail.smtp.writetimeout}, kept cheap: a write to the SMTP server that has not finished
 * within the timeout closes its socket, so a sender blocked on a server that stopped reading gets
 * an error instead of waiting for ever (and its batch is not sent twice when its claim lapses).
 *
 * <p>Jakarta Mail enforces the same setting by scheduling a task on a timer thread for every write
 * and cancelling it afterwards; with a handful of writes per message that wake-up traffic cost
 * outreach about a seventh of its throughput in the fan-out benchmark (404–418 against 474–481
 * messages a second). Here a write only notes when it started, and one watchdog thread looks at
 * the open sockets four times a second.
 */
final class StalledWrites {

    private static final Logger log = LoggerFactory.getLogger(StalledWrites.class);
    private static final Duration LOOK_EVERY = Duration.ofMillis(250);
    private static final Set<Guarded> OPEN = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "smtp-write-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    static {
        WATCHDOG.scheduleWithFixedDelay(StalledWrites::closeStalled, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private StalledWrites() {
    }

    /** The socket's writes, watched: one that lasts longer than {@code timeout} closes the socket. */
    static OutputStream watch(Socket socket, OutputStream writes, Duration timeout) {
        var guarded = new Guarded(socket, writes, timeout.toNanos());
        OPEN.add(guarded);
        return guarded;
    }

    /** The socket closed: nothing left to watch. */
    static void forget(Socket socket) {
        OPEN.removeIf(guarded -> guarded.socket == socket);
    }

    private static void closeStalled() {
        long now = System.nanoTime();
        for (Guarded guarded : OPEN) {
            if (guarded.stalledAt(now)) {
                log.warn("A write to the SMTP server {} lasted longer than {} ms; closing the connection",
                        guarded.socket.getRemoteSocketAddress(), TimeUnit.NANOSECONDS.toMillis(guarded.timeoutNanos));
                OPEN.remove(guarded);
                try {
                    guarded.socket.close(); // the blocked write fails with a SocketException
                } catch (IOException | RuntimeException e) {
                    log.debug("Closing a stalled SMTP connection failed: {}", e.getMessage());
                }
            }
        }
    }

    private static final class Guarded extends FilterOutputStream {

        private final Socket socket;
        private final long timeoutNanos;
        /** When the write in progress started ({@link System#nanoTime()}); 0 between writes. */
        private volatile long writingSince;

        Guarded(Socket socket, OutputStream writes, long timeoutNanos) {
            super(writes);
            this.socket = socket;
            this.timeoutNanos = timeoutNanos;
        }

        boolean stalledAt(long now) {
            long since = writingSince;
            return since != 0 && now - since > timeoutNanos;
        }

        @Override
        public void write(int b) throws IOException {
            writingSince = System.nanoTime();
            try {
                out.write(b);
            } finally {
                writingSince = 0;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            writingSince = System.nanoTime();
            try {
                out.write(bytes, offset, length);
            } finally {
                writingSince = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            writingSince = System.nanoTime();
            try {
                out.flush();
            } finally {
                writingSince = 0;
            }
        }
    }
}
