package org.demarche.bench.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The harness's chaos, decided by the seed: every 15–30 s a random service instance is killed
 * ({@code kill -9}) and started again at once; once, a Kafka broker is killed and started again
 * {@value #BROKER_DOWN_SECONDS} s later; once, every PostgreSQL connection of one instance is
 * ended by the server ({@code pg_terminate_backend}).
 */
final class Monkey implements AutoCloseable {

    static final int BROKER_DOWN_SECONDS = 20;

    private final ChaosSettings settings;
    private final ChaosStack stack;
    private final SplittableRandom random;
    private final Instant brokerAt;
    private final Instant connectionsAt;
    private final List<String> events = new ArrayList<>();
    private final Thread thread;
    private final Instant start = Instant.now();
    private volatile boolean running = true;
    private int kills;

    /** @param until about when the run's work ends: the broker and connection kills fall a third and half way there */
    Monkey(ChaosSettings settings, ChaosStack stack, Instant until) {
        this.settings = settings;
        this.stack = stack;
        this.random = new SplittableRandom(settings.seed());
        Duration run = Duration.between(start, until);
        this.brokerAt = start.plus(run.dividedBy(3));
        this.connectionsAt = start.plus(run.dividedBy(2));
        this.thread = new Thread(this::run, "chaos-monkey");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        boolean brokerDone = false;
        boolean connectionsDone = false;
        Instant nextKill = Instant.now().plus(interval());
        try {
            while (running) {
                Instant now = Instant.now();
                if (!brokerDone && now.isAfter(brokerAt)) {
                    brokerDone = true;
                    int broker = 1 + random.nextInt(ChaosStack.BROKERS);
                    stack.kafka().kill(broker);
                    record("kill -9 Kafka broker " + broker);
                    Thread.sleep(Duration.ofSeconds(BROKER_DOWN_SECONDS).toMillis());
                    stack.kafka().restart(broker);
                    record("Kafka broker " + broker + " back");
                }
                if (!connectionsDone && now.isAfter(connectionsAt)) {
                    connectionsDone = true;
                    ServiceInstance victim = stack.instances().get(random.nextInt(stack.instances().size()));
                    int ended = stack.databases().terminateConnections(victim.name());
                    record("pg_terminate_backend: " + ended + " connections of " + victim.name());
                }
                for (ServiceInstance instance : stack.instances()) {
                    if (!instance.isAlive()) {
                        record(instance.name() + " exited on its own; starting it again");
                        stack.restartExited(instance);
                    }
                }
                if (now.isAfter(nextKill)) {
                    ServiceInstance victim = stack.instances().get(random.nextInt(stack.instances().size()));
                    victim.kill();
                    kills++;
                    record("kill -9 " + victim.name() + "; starting it again");
                    victim.start();
                    nextKill = Instant.now().plus(interval());
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            record("the monkey stopped: " + e);
        }
    }

    private Duration interval() {
        long min = settings.killMin().toMillis();
        long max = Math.max(min + 1, settings.killMax().toMillis());
        return Duration.ofMillis(random.nextLong(min, max + 1));
    }

    private synchronized void record(String event) {
        String line = "%6.1f s  %s".formatted(Duration.between(start, Instant.now()).toMillis() / 1000.0, event);
        events.add(line);
        System.out.println("[chaos] " + line);
    }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    int kills() {
        return kills;
    }

    /** Stops killing; the instances killed last are already starting again. */
    @Override
    public void close() throws InterruptedException {
        running = false; // not interrupted: a broker it has killed is started again first
        thread.join(Duration.ofSeconds(150).toMillis());
    }
}

