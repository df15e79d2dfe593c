package org.demarche.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the dashboard shows and how it streams ({@code demarche.dashboard.*}). Where the other services
 * are, for links to them, is the platform's {@code demarche.web.service-urls.*}.
 *
 * @param historyLimit most recent events shown per campaign
 * @param stream       the live stream of {@code GET /api/stream}
 */
@ConfigurationProperties("demarche.dashboard")
public record DashboardProperties(@DefaultValue("200") int historyLimit, @DefaultValue Stream stream) {

    /**
     * @param heartbeat     how often a comment is sent to each client, so that proxies keep the connection
     * @param timeout       how long one connection lasts; browsers reconnect by themselves
     * @param maxClients    connections served at once; more are refused with 503
     * @param maxPending    campaign updates waiting for one client; a client that falls further behind is
     *                      disconnected (its browser reconnects and reloads the current state)
     * @param senderThreads threads writing to clients, so that no client ever holds up the projection
     */
    public record Stream(
            @DefaultValue("15s") Duration heartbeat,
            @DefaultValue("30m") Duration timeout,
            @DefaultValue("500") int maxClients,
            @DefaultValue("1000") int maxPending,
            @DefaultValue("4") int senderThreads) {

        public Stream {
            if (heartbeat.isZero() || heartbeat.isNegative()) {
                throw new IllegalArgumentException("demarche.dashboard.stream.heartbeat must be positive");
            }
            if (maxClients < 1 || maxPending < 1 || senderThreads < 1) {
                throw new IllegalArgumentException(
                        "demarche.dashboard.stream.max-clients, max-pending and sender-threads must be at least 1");
            }
        }
    }
}
