package org.demarche.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A broker did not start. The message names the broker's last complaint (its last error line) before
 * the last lines of its output: a CI log that folds long messages keeps the first line.
 */
public final class BrokerFailedException extends IllegalStateException {

    private static final int TAIL_LINES = 15;

    private static final int LINE_LIMIT = 300;

    /** What Kafka and the JVM print when a broker gives up. */
    private static final Pattern COMPLAINT = Pattern.compile(
            "\\b(ERROR|FATAL)\\b|OutOfMemoryError|Terminating due to|Exiting Kafka|is gone: stopping|failed \\(status");

    BrokerFailedException(String message, BrokerNode node) {
        super(describe(message, readLines(node.outputFile()), node.outputFile()));
    }

    static String describe(String message, List<String> output, Path outputFile) {
        String complaint = "";
        for (int i = output.size() - 1; i >= 0 && complaint.isEmpty(); i--) {
            if (COMPLAINT.matcher(output.get(i)).find()) {
                complaint = ": " + cut(output.get(i));
            }
        }
        List<String> tail = output.subList(Math.max(0, output.size() - TAIL_LINES), output.size());
        return message + complaint + " (output in " + outputFile + ")"
                + (tail.isEmpty() ? "" : "\n---- last lines ----\n" + String.join("\n", tail.stream().map(BrokerFailedException::cut).toList()));
    }

    private static String cut(String line) {
        return line.length() <= LINE_LIMIT ? line : line.substring(0, LINE_LIMIT) + " […]";
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException | RuntimeException ex) {
            return List.of();
        }
    }
}
