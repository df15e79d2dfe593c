package org.demarche.outreach.delivery;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.awaitility.core.ConditionTimeoutException;

import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.ServiceJvm;
import org.demarche.testsupport.TestDatabase;

/** Outreach from its executable jar, as production runs it, so that a test can kill it. */
final class OutreachJvm {

    /** Where Failsafe says the jar is: the module's own, repackaged before the integration tests. */
    private static final String JAR_PROPERTY = "demarche.outreach.jar";

    private static final Duration POLL = Duration.ofMillis(50);

    private OutreachJvm() {
    }

    /**
     * @param logDir       where {@code outreach-<name>.log} goes, beside the jar
     * @param batchSize    messages a sender claims and records at once
     * @param connections  senders side by side
     * @param claimTimeout how long a killed sender's claims last
     * @param smtpWait     how long a sender waits for the server's answer: longer than any hold of the test's
     */
    static ServiceJvm start(String logDir, String name, KafkaEndpoint kafka, TestDatabase database, int smtpPort,
                            int batchSize, int connections, Duration claimTimeout, Duration smtpWait) {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null) {
            throw new IllegalStateException("-D" + JAR_PROPERTY + " is not set: run the test through Maven "
                    + "(./mvnw verify -pl services/outreach -am), which builds outreach's executable jar first");
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_MAIN_WEBAPPLICATIONTYPE", "none");
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", database.username());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("SPRING_MAIL_HOST", "127.0.0.1");
        environment.put("SPRING_MAIL_PORT", String.valueOf(smtpPort));
        environment.put("DEMARCHE_OUTREACH_DISPATCHINTERVAL", "100ms");
        environment.put("DEMARCHE_OUTREACH_DELIVERY_BATCHSIZE", String.valueOf(batchSize));
        environment.put("DEMARCHE_OUTREACH_DELIVERY_CONNECTIONS", String.valueOf(connections));
        environment.put("DEMARCHE_OUTREACH_DELIVERY_CLAIMTIMEOUT", claimTimeout.toSeconds() + "s");
        // keys with dots of their own: the server's hold must not time a sender out, and the restarted
        // consumer need not wait the default 45 s for the killed one to be dropped from the group
        environment.put("SPRING_APPLICATION_JSON", """
                {"spring.mail.properties.mail.smtp.timeout": "%d",
                 "spring.kafka.consumer.properties.session.timeout.ms": "6000"}
                """.formatted(smtpWait.toMillis()));
        Path log = Path.of(jar).resolveSibling(logDir).resolve("outreach-" + name + ".log");
        try {
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServiceJvm.start("outreach (" + name + ")", Path.of(jar), 0, log, environment);
    }

    /** SIGTERM, and SIGKILL if it has not ended within 30 s. */
    static void stop(ServiceJvm jvm) {
        jvm.stop();
        jvm.awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the condition; fails at once if the JVM dies, and shows the end of its log if it times out. */
    static void awaitWhileAlive(ServiceJvm jvm, Duration wait, String what, Callable<Boolean> condition) {
        try {
            await(what).atMost(wait).pollInterval(POLL).until(() -> {
                jvm.requireAlive();
                return condition.call();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; end of " + jvm.log() + ":\n" + jvm.logTail(80), e);
        }
    }
}
