package org.demarche.bench.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.demarche.bench.SmtpSink;
import org.demarche.broker.KafkaCluster;
import org.demarche.broker.KafkaClusterSettings;

/**
 * The production shape on one machine: three Kafka brokers, a PostgreSQL database per service,
 * an SMTP sink, and two instances of each of the four services behind a balancer each, every
 * topic replicated three times.
 */
public final class ChaosStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("intake", "campaigns", "outreach", "dashboard");
    static final int INSTANCES = 2;
    static final int BROKERS = 3;
    public static final String ADMIN = "chaos-admin";
    public static final String ADMIN_PASSWORD = "the chaos run's administrator";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /** Starts of one instance (kills by the harness included) beyond which one that exits on its own is a failure. */
    private static final int RESTARTS_ON_EXIT = 40;

    private final KafkaCluster kafka;
    private final Databases databases;
    private final GreenMail smtp;
    private final Map<String, TcpBalancer> balancers;
    private final List<ServiceInstance> instances;
    /** Ctrl-C or SIGTERM in the middle of a run: no instance is left behind (the brokers stop on their own). */
    private final Thread shutdownHook = new Thread(this::killInstances, "chaos-stop-instances");

    private ChaosStack(KafkaCluster kafka, Databases databases, GreenMail smtp, Map<String, TcpBalancer> balancers,
                       List<ServiceInstance> instances) {
        this.kafka = kafka;
        this.databases = databases;
        this.smtp = smtp;
        this.balancers = balancers;
        this.instances = instances;
    }

    static ChaosStack start(ChaosSettings settings, Timeline timeline, Path dir) throws Exception {
        deleteRecursively(dir);
        Files.createDirectories(dir.resolve("logs"));
        KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(dir.resolve("kafka"), BROKERS));
        Databases databases = null;
        GreenMail smtp = null;
        Map<String, TcpBalancer> balancers = new LinkedHashMap<>();
        try {
            databases = Databases.create(settings.postgresUrl(), SERVICES);
            smtp = SmtpSink.onAnyFreePort();
            smtp.start();
            List<Integer> ports = FreePorts.take(SERVICES.size() * INSTANCES);
            Map<String, List<Integer>> portsOf = new LinkedHashMap<>();
            for (int s = 0; s < SERVICES.size(); s++) {
                portsOf.put(SERVICES.get(s), ports.subList(s * INSTANCES, (s + 1) * INSTANCES));
                balancers.put(SERVICES.get(s), TcpBalancer.over(portsOf.get(SERVICES.get(s))));
            }
            List<ServiceInstance> instances = new ArrayList<>();
            for (String service : SERVICES) {
                for (int i = 0; i < INSTANCES; i++) {
                    String name = service + "-" + (i + 1);
                    int port = portsOf.get(service).get(i);
                    instances.add(new ServiceInstance(service, name, port, settings.jar(service),
                            dir.resolve("logs").resolve(name + ".log"),
                            environment(service, name, port, kafka, databases, smtp, balancers, timeline)));
                }
            }
            var stack = new ChaosStack(kafka, databases, smtp, balancers, instances);
            Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
            instances.forEach(ServiceInstance::start);
            try {
                stack.awaitAllUp(START_TIMEOUT);
            } catch (Exception | Error e) {
                stack.killInstances();
                Runtime.getRuntime().removeShutdownHook(stack.shutdownHook);
                throw e;
            }
            return stack;
        } catch (Exception | Error e) {
            for (TcpBalancer balancer : balancers.values()) {
                balancer.close();
            }
            if (smtp != null) {
                smtp.stop();
            }
            if (databases != null) {
                databases.close();
            }
            kafka.close();
            throw e;
        }
    }

    private static Map<String, String> environment(String service, String name, int port, KafkaCluster kafka,
                                                   Databases databases, GreenMail smtp,
                                                   Map<String, TcpBalancer> balancers, Timeline timeline) {
        Map<String, String> environment = serviceEnvironment(service, name, port, kafka.bootstrapServers(), BROKERS,
                databases, smtp.getSmtp().getPort(), other -> url(balancers, other));
        // eight instances on a server of max_connections=100 that other work shares
        environment.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", service.equals("campaigns") ? "5" : "4");
        // days are seconds here, so the waits for a dead peer shrink with them: a killed outreach's
        // claimed messages lapse after 30 s (5 min in production), a killed consumer leaves its group
        // after 10 s (45 s)
        environment.put("DEMARCHE_OUTREACH_DELIVERY_CLAIMTIMEOUT", "30s");
        environment.put("SPRING_APPLICATION_JSON", "{\"spring.kafka.consumer.properties.session.timeout.ms\": \"10000\"}");
        environment.putAll(timeline.environment());
        return environment;
    }

    /**
     * What one instance of a service needs to run beside the others on this machine: its port, the
     * brokers, its database (naming itself {@code name} to the server), the SMTP sink, the
     * administrator's account, the shared keys, and where the other services are ({@code urlOf}).
     */
    public static Map<String, String> serviceEnvironment(String service, String name, int port, String bootstrapServers,
                                                         int replicationFactor, Databases databases, int smtpPort,
                                                         java.util.function.Function<String, String> urlOf) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        environment.put("DEMARCHE_PLATFORM_REPLICATIONFACTOR", String.valueOf(replicationFactor));
        environment.put("SPRING_DATASOURCE_URL", databases.jdbcUrl(service, name));
        environment.put("SPRING_DATASOURCE_USERNAME", databases.user());
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("SPRING_MAIL_HOST", "127.0.0.1");
        environment.put("SPRING_MAIL_PORT", String.valueOf(smtpPort));
        environment.put("DEMARCHE_ADMIN_USER", ADMIN);
        environment.put("DEMARCHE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("DEMARCHE_LOGIN_COOKIESECRET", "the chaos run's shared sign-in key, not a secret");
        environment.put("DEMARCHE_OUTREACH_TOKENSECRET", "the chaos run's link key, thirty-two bytes at least");
        environment.put("DEMARCHE_OUTREACH_PUBLICBASEURL", urlOf.apply("outreach"));
        environment.put("DEMARCHE_CAMPAIGNS_PUBLICBASEURL", urlOf.apply("campaigns"));
        for (String other : List.of("dashboard", "intake", "campaigns", "outreach")) {
            environment.put("DEMARCHE_WEB_SERVICEURLS_" + other.toUpperCase(Locale.ROOT), urlOf.apply(other));
        }
        environment.put("DEMARCHE_DEMO_ENABLED", "false");
        // partners answer within the run, whatever the hour where they live
        environment.put("DEMARCHE_OUTREACH_QUIETHOURS", "none");
        return environment;
    }

    private static String url(Map<String, TcpBalancer> balancers, String service) {
        return "http://127.0.0.1:" + balancers.get(service).port();
    }

    /**
     * Waits until every instance is UP. One that exits while starting (PostgreSQL out of
     * connections on a shared server, say) is started again, as an orchestrator would, a few times.
     */
    void awaitAllUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ServiceInstance instance : instances) {
            while (!instance.isUp()) {
                if (!instance.isAlive()) {
                    restartExited(instance);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(instance.name() + " is not UP after " + timeout + "; see "
                            + instance.log());
                }
                Thread.sleep(500);
            }
        }
    }

    /** Starts again an instance that exited on its own; gives up after {@value #RESTARTS_ON_EXIT} starts. */
    void restartExited(ServiceInstance instance) {
        if (instance.starts() > RESTARTS_ON_EXIT) {
            throw new IllegalStateException(instance.name() + " keeps exiting; see " + instance.log());
        }
        System.out.printf("[chaos] %s exited on its own (see %s); starting it again%n", instance.name(), instance.log());
        instance.start();
    }

    List<ServiceInstance> instances() {
        return instances;
    }

    java.net.URI uri(String service, String path) {
        return java.net.URI.create(url(balancers, service) + path);
    }

    KafkaCluster kafka() {
        return kafka;
    }

    Databases databases() {
        return databases;
    }

    GreenMail smtp() {
        return smtp;
    }

    public static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private void killInstances() {
        for (ServiceInstance instance : instances) {
            try {
                instance.stop(Duration.ZERO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        ServiceInstance.stopAll(instances, Duration.ofSeconds(30));
        for (TcpBalancer balancer : balancers.values()) {
            balancer.close();
        }
        smtp.stop();
        kafka.close();
        databases.close();
    }
}
