package org.demarche.intake.hudocwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class HudocWatchOffTest {

    @Test
    void asksNothingOfHudocWhileOff() {
        HudocWatchController controller = new HudocWatchController(null, null, properties(false, 500));

        ResponseEntity<?> answer = controller.pollNow();

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("demarche.intake.hudoc-watch.enabled");
    }

    @Test
    void refusesAPageLongerThanHudocGives() {
        assertThatThrownBy(() -> properties(true, 501)).hasMessageContaining("page-length must be 1 to 500");
        assertThatThrownBy(() -> properties(true, 0)).hasMessageContaining("page-length");
        assertThat(properties(true, 500).pageLength()).isEqualTo(500);
    }

    private static HudocWatchProperties properties(boolean enabled, int pageLength) {
        return new HudocWatchProperties(enabled, URI.create("https://hudoc.echr.coe.int"),
                URI.create("https://hudoc.exec.coe.int"), Duration.ofHours(6), Duration.ofMinutes(1), pageLength,
                Duration.ofSeconds(10), Duration.ofSeconds(60), Period.ofYears(10));
    }
}
