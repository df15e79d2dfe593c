package org.demarche.platform.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.demarche.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Beside every {@code @KafkaListener} container, one that consumes the retry topics of its group
 * and hands the parked records, when due, to the same listener. This is Spring Kafka's
 * non-blocking retry pattern, built here rather than with {@code RetryTopicConfiguration} because
 * that does not take batch listeners (outreach's requests are one), and its retry topics are per
 * topic where two groups of the platform read the same topic.
 *
 * <p>A record that fails again is parked again with a longer wait, by the same recoverer as the
 * main containers; the retry container itself never retries in place.
 */
class ParkedRetries implements SmartLifecycle, ApplicationContextAware {

    private static final Logger log = LoggerFactory.getLogger(ParkedRetries.class);
    private static final Duration CREATE_AGAIN_AFTER = Duration.ofSeconds(10);

    private final KafkaListenerEndpointRegistry registry;
    private final ConsumerFactory<Object, Object> consumers;
    private final KafkaAdmin admin;
    private final ParkingRecoverer recoverer;
    private final PlatformProperties properties;
    private final ObjectProvider<KafkaReachability> brokers;
    private final Clock clock;
    private final List<MessageListenerContainer> containers = new ArrayList<>();
    private ThreadPoolTaskScheduler scheduler;
    private ApplicationContext context;

    ParkedRetries(KafkaListenerEndpointRegistry registry, ConsumerFactory<Object, Object> consumers, KafkaAdmin admin,
                  ParkingRecoverer recoverer, PlatformProperties properties, ObjectProvider<KafkaReachability> brokers,
                  Clock clock) {
        this.registry = registry;
        this.consumers = consumers;
        this.admin = admin;
        this.recoverer = recoverer;
        this.properties = properties;
        this.brokers = brokers;
        this.clock = clock;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("parked-retries-");
        scheduler.initialize();
        List<NewTopic> retryTopics = new ArrayList<>();
        for (MessageListenerContainer main : registry.getListenerContainers()) {
            String[] topics = main.getContainerProperties().getTopics();
            String group = main.getGroupId();
            Object listener = main.getContainerProperties().getMessageListener();
            if (topics == null || group == null || listener == null) {
                log.warn("Listener {} reads no named topics or has no group: its failures are not retried later",
                        main.getListenerId());
                continue;
            }
            List<String> names = Arrays.stream(topics).map(topic -> RetryTopics.of(topic, group)).toList();
            names.forEach(name -> retryTopics.add(new NewTopic(name, properties.partitions(),
                    properties.replicationFactor())));
            containers.add(retryContainer(main, group, names, listener));
        }
        createTopics(retryTopics.toArray(NewTopic[]::new));
        containers.forEach(MessageListenerContainer::start);
    }

    /**
     * Creates the retry topics now if the brokers answer, otherwise in the background until they do
     * (a service starts without its brokers, as {@link TopicProvisioning} has it); until then a
     * record that cannot be parked is retried in place.
     */
    private void createTopics(NewTopic[] topics) {
        if (topics.length == 0 || tryCreate(topics)) {
            return;
        }
        ThreadPoolTaskScheduler background = scheduler;
        background.schedule(new Runnable() {
            @Override
            public void run() {
                if (!tryCreate(topics) && isRunning()) {
                    background.schedule(this, Instant.now().plus(CREATE_AGAIN_AFTER));
                }
            }
        }, Instant.now().plus(CREATE_AGAIN_AFTER));
    }

    private boolean tryCreate(NewTopic[] topics) {
        KafkaReachability reachability = brokers.getIfAvailable();
        if (reachability != null && !reachability.ask().reachable()) {
            return false;
        }
        try {
            admin.createOrModifyTopics(topics);
            return true;
        } catch (RuntimeException e) {
            log.warn("Retry topics not created yet: {}", e.getMessage());
            return false;
        }
    }

    private MessageListenerContainer retryContainer(MessageListenerContainer main, String group,
                                                    List<String> retryTopics, Object listener) {
        var parked = new ParkedRecordListener(listener, scheduler, clock);
        var containerProperties = new ContainerProperties(retryTopics.toArray(String[]::new));
        // a group of its own, so that its rebalances never stop the main container's consumers
        containerProperties.setGroupId(group + "-retry");
        containerProperties.setMessageListener(parked);
        // observed as the main container is: a retried record continues its trace, and its timings are
        // the same meter as the main's (Prometheus refuses one name with two sets of tags)
        containerProperties.setObservationEnabled(main.getContainerProperties().isObservationEnabled());
        var container = new ConcurrentMessageListenerContainer<>(consumers, containerProperties);
        if (context != null) {
            container.setApplicationContext(context); // where the observation registry is
        }
        container.setBeanName(main.getListenerId() + "-retry");
        container.setCommonErrorHandler(new DefaultErrorHandler(recoverer, new FixedBackOff(0, 0)));
        parked.retryOn(container);
        return container;
    }

    @Override
    public synchronized void stop() {
        containers.forEach(MessageListenerContainer::stop);
        containers.clear();
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Starts after the main containers (so that they are all registered) and stops before them. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE + 1;
    }
}
