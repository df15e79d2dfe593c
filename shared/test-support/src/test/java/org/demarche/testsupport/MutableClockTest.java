package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MutableClockTest {

    private static final Instant START = Instant.parse("2018-07-11T09:00:00Z");

    @Test
    void standsStillBetweenMoves() throws InterruptedException {
        MutableClock clock = new MutableClock(START);

        Instant first = clock.instant();
        Thread.sleep(5); // real time passes; the clock does not

        assertThat(clock.instant()).isEqualTo(first).isEqualTo(START);
        assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    }

    @Test
    void movesByWhatTheTestSays() {
        MutableClock clock = new MutableClock(START);

        assertThat(clock.advance(Duration.ofDays(3))).isEqualTo(Instant.parse("2018-07-14T09:00:00Z"));
        clock.advance(Duration.ofHours(-1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2018-07-14T08:00:00Z"));

        clock.set(Instant.parse("2018-07-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2018-07-01T00:00:00Z"));
    }

    @Test
    void tellsTimeInUtc() {
        MutableClock clock = new MutableClock(START);

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2018, 7, 11, 9, 0));
    }

    @Test
    void aZonedViewMovesWithTheClock() {
        MutableClock clock = new MutableClock(START);
        MutableClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofHours(2));

        assertThat(paris.instant()).isEqualTo(clock.instant());
        assertThat(LocalDateTime.now(paris)).isEqualTo(LocalDateTime.of(2018, 7, 11, 13, 0));
        assertThat(clock.getZone()).as("the clock itself stays in UTC").isEqualTo(ZoneOffset.UTC);
    }
}
