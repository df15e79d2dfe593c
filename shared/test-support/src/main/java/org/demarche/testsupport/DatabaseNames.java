package org.demarche.testsupport;

import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names for the per-class databases: recognisable in {@code \l} ({@code it_}
 * plus the test class in snake case), safe to use unquoted in SQL
 * ({@code [a-z0-9_]}, starting with a letter), within PostgreSQL's 63-byte
 * limit, and unique thanks to a random suffix, since several builds may share
 * one server.
 */
final class DatabaseNames {

    static final int MAX_LENGTH = 63;
    static final String PREFIX = "it_";
    private static final int SUFFIX_HEX_DIGITS = 8;

    private DatabaseNames() {
    }

    static String forTestClass(Class<?> testClass) {
        byte[] random = new byte[SUFFIX_HEX_DIGITS / 2];
        ThreadLocalRandom.current().nextBytes(random);
        return derive(testClass.getName(), HexFormat.of().formatHex(random));
    }

    /**
     * @param className a binary class name, e.g. {@code org.demarche.intake.MeetingApiIT$WhenCancelled}
     * @param suffix    lowercase hex that makes the name unique
     */
    static String derive(String className, String suffix) {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        String snake = simpleName
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")     // meetingApi -> meeting_Api
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")  // HTTPServer -> HTTP_Server
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        int room = MAX_LENGTH - PREFIX.length() - 1 - suffix.length();
        if (snake.length() > room) {
            snake = snake.substring(0, room).replaceAll("_+$", "");
        }
        return PREFIX + (snake.isEmpty() ? "" : snake + "_") + suffix;
    }
}
