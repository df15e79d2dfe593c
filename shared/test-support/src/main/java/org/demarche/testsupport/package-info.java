/**
 * Real infrastructure for integration tests: annotate a test class with
 * {@link org.demarche.testsupport.RealInfrastructure} and it gets a Kafka
 * broker, a PostgreSQL database of its own and an SMTP server — from
 * Testcontainers when Docker is available, otherwise an in-JVM KRaft broker,
 * the PostgreSQL server at 127.0.0.1:5432 (or {@code DEMARCHE_TEST_JDBC_URL})
 * and GreenMail — and it fails, never skips, when neither can be had.
 * {@link org.demarche.testsupport.KafkaTestClient} plays the other services
 * on Kafka and is the tests' one Kafka reader, {@link org.demarche.testsupport.SmtpSink}
 * shows the mail that was sent and {@link org.demarche.testsupport.ReceivedMail}
 * reads it, {@link org.demarche.testsupport.MutableClock} is the clock a test
 * moves instead of waiting, {@link org.demarche.testsupport.ServiceBoundaries} keeps each
 * service out of the others' code, and {@link org.demarche.testsupport.ServiceJvm}
 * runs a service's executable jar in a JVM of its own, to be stopped or killed;
 * {@link org.demarche.testsupport.KafkaBrokerProcesses} does the same for one or
 * three Kafka brokers, for the tests whose subject is a broker going away.
 * For faults: {@link org.demarche.testsupport.TcpProxy} cuts and restores a
 * service's connections to a real server, and
 * {@link org.demarche.testsupport.KafkaBrokerOnPort} starts a broker on a port
 * a service was given before any broker listened there.
 */
package org.demarche.testsupport;
