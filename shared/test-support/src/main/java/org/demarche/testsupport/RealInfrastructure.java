package org.demarche.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Gives the annotated test class a real Kafka broker, a fresh PostgreSQL
 * database of its own and a real SMTP server.
 *
 * <p>Plain JUnit tests receive {@link KafkaEndpoint}, {@link TestDatabase} and
 * {@link SmtpSink} as parameters. In a Spring test ({@code @SpringBootTest},
 * {@code @JdbcTest}, ...) the standard properties {@code spring.kafka.bootstrap-servers},
 * {@code spring.datasource.*} and {@code spring.mail.host/port} point at them
 * and the three are beans to {@code @Autowired}.
 *
 * <p>Where they come from is chosen once per JVM: Testcontainers when Docker is
 * available, otherwise an in-JVM KRaft broker and the PostgreSQL server at
 * 127.0.0.1:5432 (user postgres) or the one named by {@code DEMARCHE_TEST_JDBC_URL};
 * {@code DEMARCHE_TEST_INFRA=auto|containers|embedded} overrides the choice.
 * Without Docker and without PostgreSQL the test class fails with
 * {@link InfrastructureUnavailableException}, never skips.
 *
 * <p>Each test class gets its own application context and database, so
 * keeping the context cached after the class would only hold connections
 * open: the annotation carries {@link DirtiesContext} (after the class),
 * which closes the context and drops the database as soon as the class is done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealInfrastructureExtension.class)
@DirtiesContext
public @interface RealInfrastructure {
}
