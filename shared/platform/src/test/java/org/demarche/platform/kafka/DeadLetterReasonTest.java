package org.demarche.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.demarche.events.InvalidEventException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class DeadLetterReasonTest {

    @Test
    void namesTheInnermostCauseRatherThanTheListenerWrapper() {
        var wrapped = new ListenerExecutionFailedException("Listener failed",
                new IllegalStateException("while applying", new InvalidEventException("payload is not valid JSON: x")));

        assertThat(DeadLetterReason.describe(wrapped))
                .isEqualTo("InvalidEventException: payload is not valid JSON: x");
    }

    @Test
    void prefersTheContractsExplanationToTheParsersOwn() {
        var wrapped = new ListenerExecutionFailedException("Listener failed", new InvalidEventException(
                "payload is not valid JSON: Unexpected character", new IllegalArgumentException("Unexpected character")));

        assertThat(DeadLetterReason.describe(wrapped))
                .isEqualTo("InvalidEventException: payload is not valid JSON: Unexpected character");
    }

    @Test
    void saysSoWhenTheCauseHasNoMessage() {
        assertThat(DeadLetterReason.describe(new NullPointerException())).isEqualTo("NullPointerException: (no message)");
    }
}
