package org.demarche.dashboard.stream;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.demarche.dashboard.DashboardProperties;
import org.demarche.dashboard.campaign.CampaignChanged;
import org.demarche.dashboard.campaign.CampaignOverview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The clients of {@code GET /api/stream} and what is sent to them: each campaign's new overview
 * once the change that produced it has committed, and a comment every heartbeat. Offering never
 * blocks: writes happen on a few sender threads, at most one drain per client at a time, and each
 * client's backlog is bounded (see {@link StreamClient}). Clients leave the registry when their
 * connection completes, times out or fails.
 */
@Component
public class CampaignStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CampaignStream.class);

    private final DashboardProperties.Stream settings;
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders;
    private ScheduledExecutorService heartbeats;
    private volatile boolean running;

    CampaignStream(DashboardProperties properties) {
        this.settings = properties.stream();
        this.senders = Executors.newFixedThreadPool(settings.senderThreads(), daemonThreads("campaign-stream-"));
    }

    /**
     * A new client; its connection starts with a comment so that it knows it is connected.
     *
     * @throws ResponseStatusException 503 when {@code max-clients} are connected already
     */
    SseEmitter connect() {
        if (!running) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the dashboard is stopping");
        }
        if (clients.size() >= settings.maxClients()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "the live stream serves " + settings.maxClients() + " clients at most; try again later");
        }
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        StreamClient client = new StreamClient(emitter, settings.maxPending());
        emitter.onCompletion(() -> clients.remove(client));
        emitter.onTimeout(() -> clients.remove(client));
        emitter.onError(error -> clients.remove(client));
        clients.add(client);
        if (client.greet()) {
            dispatch(client);
        }
        return emitter;
    }

    /** Sends the campaign's overview once the transaction that changed it has committed. */
    @TransactionalEventListener
    public void on(CampaignChanged change) {
        broadcast(change.overview());
    }

    void broadcast(CampaignOverview overview) {
        for (StreamClient client : clients) {
            if (client.offer(overview)) {
                dispatch(client);
            }
            if (client.isClosed()) {
                clients.remove(client);
            }
        }
    }

    /** Clients connected now. */
    public int clientCount() {
        return clients.size();
    }

    private void heartbeat() {
        for (StreamClient client : clients) {
            if (client.heartbeat()) {
                dispatch(client);
            }
        }
    }

    private void dispatch(StreamClient client) {
        try {
            senders.execute(() -> {
                if (!client.drain()) {
                    clients.remove(client);
                }
            });
        } catch (RejectedExecutionException stopping) {
            clients.remove(client);
        }
    }

    @Override
    public void start() {
        long every = settings.heartbeat().toMillis();
        heartbeats = Executors.newSingleThreadScheduledExecutor(daemonThreads("campaign-stream-heartbeat-"));
        heartbeats.scheduleAtFixedRate(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Ends every connection before the web server waits for open requests to finish. */
    @Override
    public void stop() {
        running = false;
        if (heartbeats != null) {
            heartbeats.shutdownNow();
        }
        for (StreamClient client : clients) {
            if (client.close()) {
                dispatch(client);
            }
        }
        senders.shutdown();
        try {
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Live stream clients still being written to at shutdown; abandoning them");
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            senders.shutdownNow();
        }
        clients.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the Kafka listeners stop (no more changes), before the web server's graceful shutdown. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
