package org.demarche.outreach;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.demarche.testsupport.KafkaEndpoint;
import org.demarche.testsupport.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outreach service started as its main method starts it, on the test's real infrastructure,
 * so that a test can stop it (close the context) and start it again on the same database and
 * broker, as a restart would. The real clock, unless a test gives one it moves: a crash or a
 * restart is measured in real time, a retry schedule on the test's clock.
 */
public final class OutreachInstance {

    private OutreachInstance() {
    }

    public static ConfigurableApplicationContext start(KafkaEndpoint kafka, TestDatabase database, String smtpHost,
                                                       int smtpPort, Map<String, Object> settings) {
        return start(kafka, database, smtpHost, smtpPort, settings, null);
    }

    /** As {@link #start(KafkaEndpoint, TestDatabase, String, int, Map)}, reading {@code clock} instead of the real one. */
    public static ConfigurableApplicationContext start(KafkaEndpoint kafka, TestDatabase database, String smtpHost,
                                                       int smtpPort, Map<String, Object> settings, Clock clock) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.mail.host", smtpHost);
        properties.put("spring.mail.port", smtpPort);
        // fail fast in tests: a server that does not answer is a refused attempt, not a 30 s wait
        properties.put("spring.mail.properties.mail.smtp.connectiontimeout", 2000);
        properties.put("spring.mail.properties.mail.smtp.timeout", 5000);
        properties.put("demarche.outreach.dispatch-interval", "100ms");
        properties.putAll(settings);
        // as command-line arguments: they outrank application.yml, as the environment does in production
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        var application = new SpringApplicationBuilder(OutreachApplication.class).web(WebApplicationType.NONE);
        if (clock != null) { // before the platform's own clock, which steps aside for it
            application.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        }
        return application.run(arguments);
    }
}
