package org.demarche.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most heap a JVM used, read from its {@code -Xlog:gc} log: each collection logs the heap in
 * use before it ({@code 123M->45M(256M)}), and the heap is at its fullest just before one.
 */
final class HeapPeak {

    private static final Pattern BEFORE_AFTER = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private HeapPeak() {
    }

    /** @return bytes; 0 when the log shows no collection */
    static long fromGcLog(Path log) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher sizes = BEFORE_AFTER.matcher(line);
            if (sizes.find()) {
                peak = Math.max(peak, bytes(sizes.group(1), sizes.group(2)));
            }
        }
        return peak;
    }

    private static long bytes(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value * 1024;
            case "M" -> value * 1024 * 1024;
            default -> value * 1024 * 1024 * 1024;
        };
    }
}
