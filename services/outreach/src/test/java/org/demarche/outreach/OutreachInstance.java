package org.demarche.outreach;

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
 * broker, as a restart would. The real clock: what is measured here is real time.
 */
public final class OutreachInstance {

    private OutreachInstance() {
    }

    public static ConfigurableApplicationContext start(KafkaEndpoint kafka, TestDatabase database, String smtpHost,
                                                       int smtpPort, Map<String, Object> settings) {
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
        return new SpringApplicationBuilder(OutreachApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments);
    }
}
