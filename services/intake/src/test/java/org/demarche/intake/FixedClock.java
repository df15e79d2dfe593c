package org.demarche.intake;

import org.demarche.intake.calendar.CalendarFixtures;
import org.demarche.testsupport.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Puts an integration test at the calendar samples' "now", so their meetings lie ahead; the clock
 * stands still there unless a test moves it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    @Bean
    MutableClock clock() {
        return new MutableClock(CalendarFixtures.NOW);
    }
}
