package org.demarche.e2e;

import org.demarche.testsupport.TestAccounts;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.SmtpSink;
import org.demarche.testsupport.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four services, each from its executable jar in a JVM of its own, wired to the test's Kafka
 * broker, PostgreSQL database (one schema per service) and SMTP server.
 */
final class DemarcheStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("intake", "campaigns", "outreach", "dashboard");
    /** How long a stopping service may take before it is killed (Quartz waits for running jobs). */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final int LOG_TAIL_LINES = 80;

    private final Map<String, ServiceJvm> jvms;
    /** How each service was started, so that it can be started again as it was. */
    private final Map<String, Start> starts = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Thread shutdownHook = new Thread(this::stopAll, "e2e-stop-services");

    private DemarcheStack(Map<String, ServiceJvm> jvms) {
        this.jvms = jvms;
        Runtime.getRuntime().addShutdownHook(shutdownHook); // a fork stopped by Failsafe leaves no JVM behind
    }

    /**
     * Starts the four services at once, on free ports.
     *
     * @param plan     the campaign plan (DEMARCHE_TIMELINE_*), in seconds rather than days
     * @param jarsDir  where {@code <service>.jar} are
     * @param logsDir  where {@code <service>.log} go
     */
    static DemarcheStack start(Plan plan, KafkaEndpoint kafka, TestDatabase database, SmtpSink smtp, Path jarsDir,
                               Path logsDir) {
        return start(SERVICES, plan, kafka, database, smtp, jarsDir, logsDir, Map.of());
    }

    /** As {@link #start(Plan, KafkaEndpoint, TestDatabase, SmtpSink, Path, Path)}, some services with settings of their own. */
    static DemarcheStack start(Plan plan, KafkaEndpoint kafka, TestDatabase database, SmtpSink smtp, Path jarsDir,
                               Path logsDir, Map<String, Map<String, String>> ownEnvironment) {
        return start(SERVICES, plan, kafka, database, smtp, jarsDir, logsDir, ownEnvironment);
    }

    /**
     * Starts some of the services, as {@code e2e/pom.xml} places jars and logs (logs in a directory
     * named after the scenario), and waits until they are UP; on failure prints their logs' ends.
     */
    static DemarcheStack startHealthy(List<String> services, Plan plan, KafkaEndpoint kafka, TestDatabase database,
                                      SmtpSink smtp, String scenario, Duration atMost) {
        Clock clock = Clock.systemUTC();
        Instant startedAt = clock.instant();
        DemarcheStack stack = start(services, plan, kafka, database, smtp,
                directory("demarche.e2e.services-dir", "target/services"),
                directory("demarche.e2e.logs-dir", "target/e2e-logs").resolve(scenario));
        try {
            stack.awaitHealthy(clock, startedAt, atMost).forEach((service, after) -> System.out.printf(
                    "[e2e] %s UP after %.1f s%n", service, after.toMillis() / 1000.0));
        } catch (RuntimeException | Error e) {
            stack.printLogTails();
            stack.close();
            throw e;
        }
        return stack;
    }

    static Path directory(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath();
    }

    /** Starts some of the services at once (e.g. intake and campaigns), on free ports. */
    static DemarcheStack start(List<String> services, Plan plan, KafkaEndpoint kafka, TestDatabase database,
                               SmtpSink smtp, Path jarsDir, Path logsDir) {
        return start(services, plan, kafka, database, smtp, jarsDir, logsDir, Map.of());
    }

    private static DemarcheStack start(List<String> services, Plan plan, KafkaEndpoint kafka, TestDatabase database,
                                       SmtpSink smtp, Path jarsDir, Path logsDir,
                                       Map<String, Map<String, String>> ownEnvironment) {
        try {
            Files.createDirectories(logsDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> ports = freePorts(services);
        Map<String, ServiceJvm> jvms = new LinkedHashMap<>();
        DemarcheStack stack = new DemarcheStack(jvms);
        try {
            for (String service : services) {
                Map<String, String> environment = new HashMap<>();
                environment.put("SERVER_PORT", String.valueOf(ports.get(service)));
                // where a browser finds each service started here: the header's links between their pages
                ports.forEach((other, port) -> environment.put(
                        "DEMARCHE_WEB_SERVICEURLS_" + other.toUpperCase(java.util.Locale.ROOT), "http://127.0.0.1:" + port));
                environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
                // one database, one schema per service, as if each had a database of its own
                environment.put("SPRING_DATASOURCE_URL", withParameter(database.jdbcUrl(), "currentSchema", service));
                environment.put("SPRING_DATASOURCE_USERNAME", database.username());
                environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
                environment.put("SPRING_FLYWAY_DEFAULT_SCHEMA", service);
                environment.put("SPRING_FLYWAY_CREATE_SCHEMAS", "true");
                environment.put("SPRING_MAIL_HOST", smtp.host());
                environment.put("SPRING_MAIL_PORT", String.valueOf(smtp.port()));
                environment.put("DEMARCHE_ADMIN_USER", TestAccounts.ADMIN);
                environment.put("DEMARCHE_ADMIN_PASSWORD", TestAccounts.ADMIN_PASSWORD);
                // one sign-in for the four services' pages, as the local stack and docker-compose set it up
                environment.put("DEMARCHE_LOGIN_COOKIESECRET", "the e2e stack's shared sign-in key, not a secret");
                environment.put("DEMARCHE_OUTREACH_PUBLICBASEURL", "http://localhost:" + ports.getOrDefault("outreach", 0));
                environment.put("DEMARCHE_CAMPAIGNS_PUBLICBASEURL", "http://localhost:" + ports.getOrDefault("campaigns", 0));
                // the reference registry (target, partners, case, earlier exchange) is the campaigns service's demo;
                // the others' demos (e.g. an upcoming demo meeting) would only add campaigns and mail to the scenario
                environment.put("DEMARCHE_DEMO_ENABLED", String.valueOf(service.equals("campaigns")));
                environment.putAll(plan.environment());
                environment.putAll(ownEnvironment.getOrDefault(service, Map.of()));
                Path log = logsDir.resolve(service + ".log");
                var start = new Start(jarsDir.resolve(service + ".jar"), ports.get(service), logsDir, Map.copyOf(environment));
                stack.starts.put(service, start);
                jvms.put(service, ServiceJvm.start(service, start.jar(), start.port(), log, start.environment()));
            }
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Stops one service (SIGTERM) and waits until it has ended, as an operator's restart would begin. */
    void stop(String name) {
        ServiceJvm jvm = service(name);
        jvm.stop();
        jvm.awaitExit(STOP_GRACE);
    }

    /**
     * Starts a stopped service again, on its port and with its environment; its output goes to
     * {@code <service>-<n>.log}. Wait for it with {@link #awaitHealthy}.
     */
    synchronized ServiceJvm startAgain(String name) {
        if (service(name).isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        Start start = starts.get(name);
        Path log = start.logsDir().resolve(name + "-" + start.restarts().incrementAndGet() + ".log");
        ServiceJvm jvm = ServiceJvm.start(name, start.jar(), start.port(), log, start.environment());
        jvms.put(name, jvm);
        return jvm;
    }

    private record Start(Path jar, int port, Path logsDir, Map<String, String> environment,
                         AtomicInteger restarts) {

        Start(Path jar, int port, Path logsDir, Map<String, String> environment) {
            this(jar, port, logsDir, environment, new AtomicInteger());
        }
    }

    ServiceJvm service(String name) {
        ServiceJvm jvm = jvms.get(name);
        if (jvm == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return jvm;
    }

    /**
     * Waits until every service's {@code /actuator/health} says UP, failing at once if a JVM dies.
     *
     * @return when each came up, counted from {@code startedAt}
     */
    Map<String, Duration> awaitHealthy(Clock clock, Instant startedAt, Duration atMost) {
        Map<String, Duration> upAfter = new LinkedHashMap<>();
        await("every service UP on /actuator/health")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (ServiceJvm jvm : jvms.values()) {
                        if (!upAfter.containsKey(jvm.name())) {
                            jvm.requireAlive();
                            if (isUp(jvm)) {
                                upAfter.put(jvm.name(), Duration.between(startedAt, clock.instant()));
                            }
                        }
                    }
                    return upAfter.size() == jvms.size();
                });
        return upAfter;
    }

    /** Waits until one service's health says UP, failing at once if its JVM dies. */
    void awaitUp(String name, Duration atMost) {
        ServiceJvm jvm = service(name);
        await(name + " UP on /actuator/health").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    jvm.requireAlive();
                    return isUp(jvm);
                });
    }

    /** Fails at once when a service has died since it started. */
    void requireAllAlive() {
        jvms.values().forEach(ServiceJvm::requireAlive);
    }

    private boolean isUp(ServiceJvm jvm) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(jvm.uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "UP".equals(json.readTree(response.body()).path("status").asString());
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Prints the end of every service's log: what a failure report needs. */
    void printLogTails() {
        for (ServiceJvm jvm : jvms.values()) {
            System.out.printf("%n===== last %d lines of %s (%s) =====%n%s%n", LOG_TAIL_LINES, jvm.name(), jvm.log(),
                    jvm.logTail(LOG_TAIL_LINES));
        }
    }

    /** Stops every service: SIGTERM to all, then each is killed if it has not ended within the grace period. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down
        }
    }

    private synchronized void stopAll() {
        List<ServiceJvm> running = new ArrayList<>(jvms.values().stream().filter(ServiceJvm::isAlive).toList());
        running.forEach(ServiceJvm::stop);
        Clock clock = Clock.systemUTC();
        Instant deadline = clock.instant().plus(STOP_GRACE);
        for (ServiceJvm jvm : running) {
            jvm.awaitExit(Duration.between(clock.instant(), deadline));
        }
    }

    private static String withParameter(String jdbcUrl, String name, String value) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + name + "=" + value;
    }

    /** A free port per service: all bound at once, so no two are the same, then released for the services. */
    private static Map<String, Integer> freePorts(List<String> services) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String service : services) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                sockets.add(socket);
                ports.put(service, socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // released either way
                }
            }
        }
    }

    /**
     * The campaign plan the services run with: the product's days become seconds so the whole
     * campaign fits in a few minutes.
     *
     * @param meetingLead how far ahead of now the meeting is entered
     */
    record Plan(Duration signOnRequests, Duration reminder, Duration signOnCloses, Duration publication,
                Duration followUp, Duration meetingLead) {

        Map<String, String> environment() {
            return Map.of(
                    "DEMARCHE_TIMELINE_SIGNONREQUESTS", seconds(signOnRequests),
                    "DEMARCHE_TIMELINE_REMINDER", seconds(reminder),
                    "DEMARCHE_TIMELINE_SIGNONCLOSES", seconds(signOnCloses),
                    "DEMARCHE_TIMELINE_PUBLICATION", seconds(publication),
                    "DEMARCHE_TIMELINE_FOLLOWUP", seconds(followUp));
        }

        /** {@code PT105S} rather than {@code PT1M45S}: easier to read next to the others. */
        private static String seconds(Duration duration) {
            return "PT" + duration.toSeconds() + "S";
        }
    }
}
