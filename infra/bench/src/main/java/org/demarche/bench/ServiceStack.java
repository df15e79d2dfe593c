package org.demarche.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.demarche.bench.chaos.ChaosStack;
import org.demarche.bench.chaos.Databases;
import org.demarche.bench.chaos.FreePorts;
import org.demarche.bench.chaos.ServiceInstance;
import org.demarche.broker.KafkaCluster;
import org.demarche.broker.KafkaClusterSettings;

/**
 * Services as they ship, one instance each, on real Kafka broker processes, a PostgreSQL database
 * per service and the SMTP sink: the chaos run's pieces ({@link ChaosStack#serviceEnvironment},
 * {@link ServiceInstance}, {@link Databases}) without its balancers and kills. Each service's JVM
 * takes extra options from {@code BENCH_<SERVICE>_JAVA_OPTS}: system properties override its
 * settings ({@code -Dspring.quartz.properties.org.quartz.scheduler.idleWaitTime=500}), and a
 * flight recording is {@code -XX:StartFlightRecording=filename=...}.
 */
final class ServiceStack implements AutoCloseable {

    static final int PARTITIONS = 6;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    private final KafkaCluster kafka;
    private final Databases databases;
    private final GreenMail smtp;
    private final Map<String, ServiceInstance> instances;
    private StandInAutovacuum autovacuum;
    private final Thread shutdownHook = new Thread(this::killInstances, "bench-stop-services");

    private ServiceStack(KafkaCluster kafka, Databases databases, GreenMail smtp, Map<String, ServiceInstance> instances) {
        this.kafka = kafka;
        this.databases = databases;
        this.smtp = smtp;
        this.instances = instances;
    }

    /**
     * @param environment settings every service gets besides the stack's own (a campaign plan, say)
     * @param topics      created before the services start, as the services that publish them would
     */
    static ServiceStack start(List<String> services, int brokers, String postgresUrl, Path dir,
                              Map<String, String> environment, List<String> topics) throws Exception {
        ChaosStack.deleteRecursively(dir);
        Files.createDirectories(dir.resolve("logs"));
        KafkaCluster kafka = KafkaCluster.start(KafkaClusterSettings.of(dir.resolve("kafka"), brokers));
        Databases databases = null;
        GreenMail smtp = null;
        Map<String, ServiceInstance> instances = new LinkedHashMap<>();
        try {
            createTopics(kafka.bootstrapServers(), topics, brokers);
            databases = Databases.create(postgresUrl, services);
            smtp = SmtpSink.onAnyFreePort();
            smtp.start();
            List<Integer> ports = FreePorts.take(services.size());
            Map<String, Integer> portOf = new LinkedHashMap<>();
            for (int i = 0; i < services.size(); i++) {
                portOf.put(services.get(i), ports.get(i));
            }
            for (String service : services) {
                Map<String, String> settings = ChaosStack.serviceEnvironment(service, service, portOf.get(service),
                        kafka.bootstrapServers(), brokers, databases, smtp.getSmtp().getPort(),
                        other -> "http://127.0.0.1:" + portOf.getOrDefault(other, 1));
                settings.putAll(environment);
                instances.put(service, new ServiceInstance(service, service, portOf.get(service), jar(service),
                        dir.resolve("logs").resolve(service + ".log"), settings, javaOptions(service)));
            }
            var stack = new ServiceStack(kafka, databases, smtp, instances);
            // Ctrl-C or SIGTERM in the middle of a run: no service is left behind (the brokers stop on their own)
            Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
            instances.values().forEach(ServiceInstance::start);
            stack.awaitUp();
            Databases serviceDatabases = databases;
            stack.autovacuum = StandInAutovacuum.start("stack", services.stream()
                    .<StandInAutovacuum.Database>map(service -> () -> serviceDatabases.connect(service)).toList());
            return stack;
        } catch (Exception | Error e) {
            for (ServiceInstance instance : instances.values()) {
                instance.stop(Duration.ZERO);
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

    static void createTopics(String bootstrapServers, List<String> topics, int replicationFactor) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) replicationFactor))).all().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private void awaitUp() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        for (ServiceInstance instance : instances.values()) {
            while (!instance.isUp()) {
                if (!instance.isAlive()) {
                    throw new IllegalStateException(instance.name() + " exited while starting; see " + instance.log());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(instance.name() + " is not UP after " + START_TIMEOUT + "; see "
                            + instance.log());
                }
                Thread.sleep(500);
            }
        }
    }

    static Path jar(String service) {
        return Path.of("services", service, "target", service + "-0.1.0-SNAPSHOT-exec.jar").toAbsolutePath();
    }

    /**
     * After the lean options the local stack uses ({@link ServiceInstance}): the full JIT, as the
     * service's image runs, and a 512 MB heap; then {@code BENCH_<SERVICE>_JAVA_OPTS}, split on blanks.
     */
    static List<String> javaOptions(String service) {
        List<String> options = new ArrayList<>(SERVICE_JAVA_OPTIONS);
        options.addAll(extraJavaOptions(service));
        return options;
    }

    private static final List<String> SERVICE_JAVA_OPTIONS = List.of("-XX:TieredStopAtLevel=4", "-Xmx512m");

    private static List<String> extraJavaOptions(String service) {
        String options = System.getenv().getOrDefault("BENCH_" + service.toUpperCase(java.util.Locale.ROOT) + "_JAVA_OPTS", "")
                .strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** What the services run with beyond their defaults, for the benchmark's settings line. */
    static Map<String, String> describeJavaOptions(List<String> services) {
        Map<String, String> described = new LinkedHashMap<>();
        for (String service : services) {
            List<String> options = extraJavaOptions(service);
            if (!options.isEmpty()) {
                described.put(service, String.join(" ", options));
            }
        }
        return described;
    }

    URI uri(String service, String path) {
        return instances.get(service).uri(path);
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    Databases databases() {
        return databases;
    }

    GreenMail smtp() {
        return smtp;
    }

    /** @throws IllegalStateException when a service died */
    void requireAlive() {
        for (ServiceInstance instance : instances.values()) {
            if (!instance.isAlive()) {
                throw new IllegalStateException(instance.name() + " exited; see " + instance.log());
            }
        }
    }

    private void killInstances() {
        try {
            ServiceInstance.stopAll(instances.values(), Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        if (autovacuum != null) {
            autovacuum.close();
        }
        ServiceInstance.stopAll(instances.values(), Duration.ofSeconds(30));
        smtp.stop();
        kafka.close();
        databases.close();
    }
}
