package org.demarche.outreach.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.demarche.outreach.OutreachProperties;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2018-07-12T10:00:00Z");
    private static final DeliveryFailure BUSY = new DeliveryFailure("452 4.2.2 Mailbox full", false);

    private final RetryPolicy policy = new RetryPolicy(new OutreachProperties.Delivery(50, 2, 0, 5,
            Duration.ofSeconds(30), 2.0, Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofSeconds(1)), QuietHours.parse("20:00-08:00"));

    @Test
    void waitsLongerAfterEachTransientFailureUpToTheLongestWait() {
        assertThat(policy.nextAttempt(BUSY, 0, NOW, null)).contains(NOW.plusSeconds(30));
        assertThat(policy.nextAttempt(BUSY, 1, NOW, null)).contains(NOW.plusSeconds(60));
        assertThat(policy.nextAttempt(BUSY, 2, NOW, null)).contains(NOW.plusSeconds(120));
        assertThat(policy.nextAttempt(BUSY, 3, NOW, null)).as("capped").contains(NOW.plusSeconds(120));
    }

    @Test
    void givesUpWhenAttemptsRunOutAndAtOnceOnAPermanentFailure() {
        assertThat(policy.nextAttempt(BUSY, 4, NOW, null)).as("the fifth attempt was the last").isEmpty();
        assertThat(policy.nextAttempt(new DeliveryFailure("550 5.1.1 User unknown", true), 0, NOW, null)).isEmpty();
    }

    @Test
    void aRetriedReminderWaitsOutThePartnersNight() {
        Instant evening = Instant.parse("2018-07-12T15:59:50Z"); // 19:59:50 in Baku; the retry would fall at 20:00:20

        assertThat(policy.nextAttempt(BUSY, 0, evening, "Asia/Baku")).contains(Instant.parse("2018-07-13T04:00:00Z"));
    }
}
