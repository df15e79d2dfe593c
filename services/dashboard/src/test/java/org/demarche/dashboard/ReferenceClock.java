package org.demarche.dashboard;

import java.time.Instant;

import org.demarche.testsupport.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Tuesday 17 July 2018, 12:00 in Paris, three days before the reference meeting: the clock of the
 * tests that read the leads' pages, standing still until a test moves it. Shared, so that those
 * tests share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReferenceClock {

    public static final Instant NOW = Instant.parse("2018-07-17T10:00:00Z");

    @Bean
    MutableClock clock() {
        return new MutableClock(NOW);
    }
}
