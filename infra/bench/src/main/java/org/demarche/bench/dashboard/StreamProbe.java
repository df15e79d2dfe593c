package org.demarche.bench.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients of {@code GET /api/stream}, as many as leads' open dashboards, each noting when the
 * overview of each campaign first reaches it. One HTTP/1.1 connection per client, read as lines by
 * the JDK's client on its own threads.
 */
final class StreamProbe implements AutoCloseable {

    private static final String ID = "\"id\":\"";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Client> clients = new ArrayList<>();
    private final CountDownLatch connected;
    private final AtomicInteger refused = new AtomicInteger();

    private StreamProbe(int count) {
        this.connected = new CountDownLatch(count);
    }

    /** Opens {@code count} streams and waits until each has been greeted. */
    static StreamProbe open(URI stream, String authorization, int count, Duration timeout) throws InterruptedException {
        StreamProbe probe = new StreamProbe(count);
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", authorization)
                .header("Accept", "text/event-stream").build();
        for (int i = 0; i < count; i++) {
            Client client = probe.new Client();
            probe.clients.add(client);
            probe.http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(client)).whenComplete(
                    (response, failure) -> {
                        if (failure != null || response.statusCode() != 200) {
                            probe.refused.incrementAndGet();
                            probe.connected.countDown();
                        }
                    });
        }
        if (!probe.connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || probe.refused.get() > 0) {
            probe.close();
            throw new IllegalStateException("of " + count + " streams, " + probe.refused.get() + " refused and "
                    + probe.connected.getCount() + " not greeted within " + timeout);
        }
        return probe;
    }

    int size() {
        return clients.size();
    }

    /**
     * When each client first received the campaign's overview, as {@link System#nanoTime()}; an
     * entry per client that has.
     */
    List<Long> arrivals(String campaignId) {
        List<Long> arrivals = new ArrayList<>();
        for (Client client : clients) {
            Long at = client.firstSeen.get(campaignId);
            if (at != null) {
                arrivals.add(at);
            }
        }
        return arrivals;
    }

    /** Clients whose stream ended before they were closed. */
    int ended() {
        return (int) clients.stream().filter(client -> client.ended).count();
    }

    @Override
    public void close() {
        for (Client client : clients) {
            client.cancel();
        }
    }

    private final class Client implements Flow.Subscriber<String> {

        private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        private volatile Flow.Subscription subscription;
        private volatile boolean greeted;
        private volatile boolean ended;
        private volatile boolean cancelled;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            if (!greeted && line.equals(":connected")) {
                greeted = true;
                connected.countDown();
            } else if (line.startsWith("data:")) {
                int id = line.indexOf(ID);
                if (id >= 0 && line.length() >= id + ID.length() + 36) {
                    firstSeen.putIfAbsent(line.substring(id + ID.length(), id + ID.length() + 36), now);
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            ended = !cancelled;
        }

        @Override
        public void onComplete() {
            ended = !cancelled;
        }

        void cancel() {
            cancelled = true;
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }
    }
}
