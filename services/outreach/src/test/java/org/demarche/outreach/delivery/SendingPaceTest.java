package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class SendingPaceTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void spacesMessagesToOneHostEvenlyWhateverTheConnection() {
        var pace = new SendingPace(10, nanos::get); // 10 a second: one every 100 ms

        assertThat(pace.reserve("smtp.example.org")).isZero();
        assertThat(pace.reserve("smtp.example.org")).isEqualTo(100_000_000L);
        assertThat(pace.reserve("smtp.example.org")).isEqualTo(200_000_000L);
        assertThat(pace.reserve("other.example.org")).as("each host its own pace").isZero();
        nanos.addAndGet(1_000_000_000L);
        assertThat(pace.reserve("smtp.example.org")).as("an idle host starts afresh").isZero();
    }

    @Test
    void noLimitMeansNoWait() {
        var pace = new SendingPace(0, nanos::get);

        assertThat(pace.reserve("smtp.example.org")).isZero();
        assertThat(pace.reserve("smtp.example.org")).isZero();
    }

    @Test
    void pacesAloneWhileTheSharedSlotsAreOutOfReach() {
        SendingPace.Slots unreachable = (host, interval) -> {
            throw new DataAccessResourceFailureException("database down");
        };
        var pace = new SendingPace(10, nanos::get, unreachable);

        assertThat(pace.reserve("smtp.example.org")).isZero();
        assertThat(pace.reserve("smtp.example.org")).as("still one every 100 ms").isEqualTo(100_000_000L);
    }
}
