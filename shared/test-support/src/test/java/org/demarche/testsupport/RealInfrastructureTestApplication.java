package org.demarche.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The smallest Spring Boot application: only auto-configuration (JDBC, Kafka, mail), for the Spring ITs. */
@SpringBootConfiguration
@EnableAutoConfiguration
class RealInfrastructureTestApplication {
}
