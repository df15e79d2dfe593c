package org.demarche.outreach;

import java.time.Instant;

import org.demarche.testsupport.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: 11 July 2018, 09:00 UTC (a week before the
 * reference case's sign-on deadline) until a test moves it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final Instant START = Instant.parse("2018-07-11T09:00:00Z");

    @Bean
    @Primary
    MutableClock clock() {
        return new MutableClock(START);
    }
}
