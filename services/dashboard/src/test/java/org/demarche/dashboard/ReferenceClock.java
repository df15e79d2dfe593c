package org.demarche.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Tuesday 17 July 2018, 12:00 in Paris, three days before the reference meeting: the clock of the
 * tests that read the leads' pages. Shared, so that those tests share one application context.
 */
@TestConfiguration
public class ReferenceClock {

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2018-07-17T10:00:00Z"), ZoneOffset.UTC);
    }
}
