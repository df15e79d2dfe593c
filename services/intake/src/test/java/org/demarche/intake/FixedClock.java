package org.demarche.intake;

import java.time.Clock;
import java.time.ZoneOffset;

import org.demarche.intake.calendar.CalendarFixtures;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Puts an integration test at the calendar samples' "now", so their meetings lie ahead. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    @Bean
    Clock clock() {
        return Clock.fixed(CalendarFixtures.NOW, ZoneOffset.UTC);
    }
}
