package org.demarche.platform.kafka;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the service's topics (every {@code NewTopic} bean, through Boot's {@link KafkaAdmin})
 * whether or not the brokers are there when the service starts. Boot's admin tries once, while the
 * context starts, and waits its whole operation timeout for an absent broker; here the start-up
 * asks the brokers first, within a short timeout: when they answer, the topics are created before
 * any listener or the outbox relay starts, as before; when they do not, the service starts anyway
 * and a background thread keeps trying until the topics exist.
 */
public class TopicProvisioning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final KafkaAdmin admin;
    private final KafkaReachability brokers;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean provisioned;
    private volatile boolean running;

    TopicProvisioning(KafkaAdmin admin, KafkaReachability brokers) {
        this.admin = admin;
        this.brokers = brokers;
    }

    /** Whether every topic has been created (or found) on the brokers. */
    public boolean provisioned() {
        return provisioned;
    }

    @Override
    public void start() {
        running = true;
        if (brokers.ask().reachable() && tryOnce()) {
            return;
        }
        log.warn("Kafka is not reachable: the service starts without it and creates its topics once it is");
        Thread retrying = new Thread(this::retryUntilProvisioned, "kafka-topic-provisioning");
        retrying.setDaemon(true);
        retrying.start();
    }

    private void retryUntilProvisioned() {
        Duration pause = FIRST_RETRY;
        while (running && !provisioned) {
            try {
                if (stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (brokers.ask().reachable() && tryOnce()) {
                log.info("Kafka is reachable again: topics created");
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause.multipliedBy(2);
        }
    }

    private boolean tryOnce() {
        try {
            provisioned = admin.initialize();
        } catch (RuntimeException e) { // after the first attempt the admin throws rather than logs
            log.warn("Could not create the topics yet: {}", e.getMessage());
        }
        return provisioned;
    }

    @Override
    public void stop() {
        running = false;
        stopped.countDown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers and the outbox relay, so that they find the topics there. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2000;
    }
}
