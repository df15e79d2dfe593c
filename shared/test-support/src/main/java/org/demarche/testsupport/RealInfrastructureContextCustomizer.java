package org.demarche.testsupport;

import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Before the context refreshes: creates the test class's database, empties
 * the SMTP sink, puts the standard Spring properties for Kafka, the
 * DataSource and mail first among the property sources, and registers
 * {@link KafkaEndpoint}, {@link TestDatabase}, {@link SmtpSink} and a {@link KafkaTestClient} as beans.
 * When the context closes, the database is dropped.
 *
 * <p>Equal only for the same test class: Spring caches contexts by their
 * customizers, so this is what gives each class its own context and database.
 */
final class RealInfrastructureContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "realInfrastructure";

    private final Class<?> testClass;

    RealInfrastructureContextCustomizer(Class<?> testClass) {
        this.testClass = testClass;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        SharedInfrastructure infrastructure = SharedInfrastructure.get();
        KafkaEndpoint kafka = infrastructure.kafka();
        SmtpSink smtp = infrastructure.smtp();
        smtp.reset();
        TestDatabase database = infrastructure.createDatabase(testClass);

        dropWhenClosed(context, () -> infrastructure.dropDatabase(database));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(
                "spring.kafka.bootstrap-servers", kafka.bootstrapServers(),
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password(),
                "spring.mail.host", smtp.host(),
                "spring.mail.port", String.valueOf(smtp.port()))));
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME + "Accounts",
                Map.of("demarche.admin.user", TestAccounts.ADMIN, "demarche.admin.password", TestAccounts.ADMIN_PASSWORD)));
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton("realInfrastructureKafkaEndpoint", kafka);
        beans.registerSingleton("realInfrastructureTestDatabase", database);
        beans.registerSingleton("realInfrastructureSmtpSink", smtp);
        KafkaTestClient client = new KafkaTestClient(kafka);
        beans.registerSingleton("realInfrastructureKafkaTestClient", client);
        if (beans instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("realInfrastructureKafkaTestClientClose", client::close);
        }
    }

    /**
     * Registered before any bean exists, the drop is the last disposable bean
     * destroyed, after the connection pool and whatever else uses the database.
     */
    private static void dropWhenClosed(ConfigurableApplicationContext context, Runnable drop) {
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("realInfrastructureDatabaseDrop", drop::run);
        } else {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    drop.run();
                }
            });
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealInfrastructureContextCustomizer customizer && customizer.testClass == testClass;
    }

    @Override
    public int hashCode() {
        return testClass.hashCode();
    }

    @Override
    public String toString() {
        return "RealInfrastructureContextCustomizer[" + testClass.getName() + "]";
    }
}
