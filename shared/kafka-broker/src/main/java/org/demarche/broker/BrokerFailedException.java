package org.demarche.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** A broker did not start; the message ends with the last lines of its output. */
public final class BrokerFailedException extends IllegalStateException {

    private static final int TAIL_LINES = 30;

    BrokerFailedException(String message, BrokerNode node) {
        super(message + " (output in " + node.outputFile() + ")" + tail(node));
    }

    private static String tail(BrokerNode node) {
        try {
            List<String> lines = Files.readAllLines(node.outputFile(), StandardCharsets.UTF_8);
            return "\n---- last lines ----\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        }
        catch (IOException | RuntimeException ex) {
            return "";
        }
    }
}
