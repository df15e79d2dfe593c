package org.demarche.broker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerFailedExceptionTest {

    private static final Path OUTPUT = Path.of("/tmp/cluster/broker-3/broker.log");

    @Test
    void theFirstLineNamesTheBrokersLastComplaint() {
        List<String> output = new ArrayList<>();
        output.add("2026-12-07T06:42:32.571 INFO  [loader] kafka.log.LogManager - Loading logs from log dirs");
        output.add("Terminating due to java.lang.OutOfMemoryError: Java heap space");
        output.add("2026-12-07T06:42:32.700 INFO  [shutdown] kafka.server.BrokerServer - shutting down");

        String message = BrokerFailedException.describe("Broker 3 stopped while starting (exit status 3)", output, OUTPUT);

        assertThat(message.lines().findFirst()).hasValue("Broker 3 stopped while starting (exit status 3): "
                + "Terminating due to java.lang.OutOfMemoryError: Java heap space (output in " + OUTPUT + ")");
        assertThat(message).endsWith("shutting down");
    }

    @Test
    void keepsTheLastLinesEachCutShort() {
        List<String> output = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            output.add("line " + i + " " + "x".repeat(500));
        }

        String message = BrokerFailedException.describe("Broker 1 did not accept clients in time", output, OUTPUT);

        assertThat(message.lines().findFirst()).hasValue("Broker 1 did not accept clients in time (output in " + OUTPUT + ")");
        assertThat(message).doesNotContain("line 25 ").contains("line 26 ", "line 40 ");
        assertThat(message.lines().skip(2)).allSatisfy(line -> assertThat(line).hasSizeLessThan(320).endsWith(" […]"));
    }

    @Test
    void saysWhereTheOutputIsWhenThereIsNone() {
        assertThat(BrokerFailedException.describe("Broker 2 stopped while starting (exit status 1)", List.of(), OUTPUT))
                .isEqualTo("Broker 2 stopped while starting (exit status 1) (output in " + OUTPUT + ")");
    }
}
