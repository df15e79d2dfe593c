/**
 * Real infrastructure for integration tests: annotate a test class with
 * {@link org.demarche.testsupport.RealInfrastructure} and it gets a Kafka
 * broker, a PostgreSQL database of its own and an SMTP server — from
 * Testcontainers when Docker is available, otherwise an in-JVM KRaft broker,
 * the PostgreSQL server at 127.0.0.1:5432 (or {@code DEMARCHE_TEST_JDBC_URL})
 * and GreenMail — and it fails, never skips, when neither can be had.
 * {@link org.demarche.testsupport.KafkaTestClient} plays the other services
 * on Kafka, {@link org.demarche.testsupport.SmtpSink} shows the mail that was
 * sent, {@link org.demarche.testsupport.ServiceBoundaries} keeps each
 * service out of the others' code, and {@link org.demarche.testsupport.ServiceJvm}
 * runs a service's executable jar in a JVM of its own, to be stopped or killed;
 * {@link org.demarche.testsupport.KafkaBrokerProcesses} does the same for one or
 * three Kafka brokers, for the tests whose subject is a broker going away.
 */
package org.demarche.testsupport;
