package org.demarche.intake.hudocwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HudocWatchWindowTest {

    private static final LocalDate FROM = LocalDate.of(2015, 1, 1);

    @Test
    void asksForTheNextPageUntilEveryHitIsIn() {
        Window first = new Window(FROM, 0);

        assertThat(first.next(500, 1200, LocalDate.of(2016, 3, 1), 500)).contains(new Window(FROM, 500));
        assertThat(new Window(FROM, 1000).next(200, 1200, LocalDate.of(2019, 3, 1), 500)).isEmpty();
        assertThat(first.next(0, 1200, FROM, 500)).as("an empty page ends the poll").isEmpty();
    }

    @Test
    void narrowsByDateBeforePassingHudocsTenThousandHits() {
        Window last = new Window(FROM, 9_500);

        assertThat(last.next(500, 14_000, LocalDate.of(2021, 6, 3), 500))
                .as("start + length may not pass 10 000: start again at the last date received")
                .contains(new Window(LocalDate.of(2021, 6, 3), 0));
        assertThat(new Window(FROM, 9_000).next(500, 14_000, LocalDate.of(2021, 5, 1), 500))
                .contains(new Window(FROM, 9_500));
        assertThat(new Window(FROM, 9_800).next(100, 14_000, LocalDate.of(2021, 5, 1), 100))
                .contains(new Window(FROM, 9_900));
    }

    @Test
    void cannotNarrowTenThousandDocumentsOfOneDay() {
        assertThatThrownBy(() -> new Window(FROM, 9_500).next(500, 14_000, FROM, 500))
                .isInstanceOf(PollFailedException.class).hasMessageContaining("dated 2015-01-01");
    }
}
