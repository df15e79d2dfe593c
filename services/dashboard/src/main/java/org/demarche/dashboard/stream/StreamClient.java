package org.demarche.dashboard.stream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.demarche.dashboard.campaign.CampaignOverview;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One connected client and what waits to be written to it. Writing happens on a sender thread,
 * one drain at a time per client, never on the thread that offers: a slow client only makes its
 * own queue grow. The queue keeps the latest overview of each campaign, so a client that lags
 * receives fewer, newer updates; one that lags by more than {@code maxPending} campaigns is
 * disconnected.
 */
final class StreamClient {

    static final String CAMPAIGN_EVENT = "campaign";
    private static final long RECONNECT_MILLIS = 5_000;

    private final SseEmitter emitter;
    private final int maxPending;

    private final Map<UUID, CampaignOverview> pending = new LinkedHashMap<>();
    private boolean greetingDue = true;
    private boolean heartbeatDue;
    private boolean draining;
    private boolean closed;

    StreamClient(SseEmitter emitter, int maxPending) {
        this.emitter = emitter;
        this.maxPending = maxPending;
    }

    /**
     * Queues the campaign's latest overview in place of an older one still waiting.
     *
     * @return whether the caller must start a drain
     */
    synchronized boolean offer(CampaignOverview overview) {
        if (closed) {
            return false;
        }
        pending.remove(overview.id());
        pending.put(overview.id(), overview);
        if (pending.size() > maxPending) {
            closed = true;
            pending.clear();
        }
        return startDrain();
    }

    /** @return whether the caller must start a drain */
    synchronized boolean heartbeat() {
        if (closed) {
            return false;
        }
        heartbeatDue = true;
        return startDrain();
    }

    /** @return whether the caller must start a drain */
    synchronized boolean greet() {
        return !closed && startDrain();
    }

    /** Asks the drain to end the connection. @return whether the caller must start a drain */
    synchronized boolean close() {
        closed = true;
        pending.clear();
        return startDrain();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Writes what waits, until nothing does; on a sender thread.
     *
     * @return false when the connection has ended
     */
    boolean drain() {
        while (true) {
            List<SseEventBuilder> batch;
            synchronized (this) {
                if (closed) {
                    break;
                }
                if (!greetingDue && !heartbeatDue && pending.isEmpty()) {
                    draining = false;
                    return true;
                }
                batch = takeBatch();
            }
            try {
                for (SseEventBuilder event : batch) {
                    emitter.send(event);
                }
            } catch (IOException | IllegalStateException gone) {
                // the client went away or the connection ended; the container reports it to the emitter
                synchronized (this) {
                    closed = true;
                    pending.clear();
                }
                return false;
            }
        }
        try {
            emitter.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // nothing left to end
        }
        return false;
    }

    private boolean startDrain() {
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    private List<SseEventBuilder> takeBatch() {
        List<SseEventBuilder> batch = new ArrayList<>();
        if (greetingDue) {
            batch.add(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment("connected"));
            greetingDue = false;
        }
        for (CampaignOverview overview : pending.values()) {
            batch.add(SseEmitter.event().name(CAMPAIGN_EVENT).data(overview, MediaType.APPLICATION_JSON));
        }
        pending.clear();
        if (heartbeatDue && batch.isEmpty()) {
            batch.add(SseEmitter.event().comment("heartbeat"));
        }
        heartbeatDue = false;
        return batch;
    }
}
