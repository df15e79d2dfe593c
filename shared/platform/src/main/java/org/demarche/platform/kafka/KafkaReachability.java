package org.demarche.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;

/**
 * Asks the brokers whether they are there, within a short timeout, through one long-lived admin
 * client: health checks and topic provisioning ask often while the brokers are away, and a new
 * client each time would cost threads and connections for nothing.
 */
public class KafkaReachability implements DisposableBean {

    private final Map<String, Object> adminSettings;
    private final Duration timeout;
    private Admin admin;

    KafkaReachability(Map<String, Object> adminSettings, Duration timeout) {
        this.adminSettings = Map.copyOf(adminSettings);
        this.timeout = timeout;
    }

    /** The cluster as the brokers describe it, or why they did not within the timeout. */
    public Answer ask() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(
                    new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
            long wait = timeout.toMillis() + 500; // the client's own timeout answers first
            String clusterId = cluster.clusterId().get(wait, TimeUnit.MILLISECONDS);
            int brokers = cluster.nodes().get(wait, TimeUnit.MILLISECONDS).size();
            return new Answer(Optional.of(new Cluster(clusterId, brokers)), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Optional.empty(), "interrupted");
        } catch (ExecutionException e) {
            return new Answer(Optional.empty(), String.valueOf(e.getCause().getMessage()));
        } catch (TimeoutException e) {
            return new Answer(Optional.empty(), "no answer within " + timeout.toMillis() + " ms");
        } catch (RuntimeException e) { // e.g. a broker host name that does not resolve (yet)
            return new Answer(Optional.empty(), e.getMessage());
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminSettings);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }

    /** @param brokers how many brokers the cluster has now */
    public record Cluster(String id, int brokers) {
    }

    /** @param cluster the cluster, when it answered; otherwise {@code problem} says why not */
    public record Answer(Optional<Cluster> cluster, String problem) {

        public boolean reachable() {
            return cluster.isPresent();
        }
    }
}
