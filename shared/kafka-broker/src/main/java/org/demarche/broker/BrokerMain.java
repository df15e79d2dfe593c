package org.demarche.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * What runs in each broker JVM: {@code BrokerMain <server.properties> <cluster id> <parent pid>}.
 *
 * <p>Formats the broker's storage with Kafka's {@link StorageTool} if it has never been formatted,
 * then hands over to Kafka's own {@link Kafka#main}. It also ends the broker (gracefully, through
 * Kafka's shutdown hook) when the JVM that started it is gone, even if that one was killed with
 * SIGKILL and ran no shutdown hook of its own: a broker must not outlive its stack and hold its port
 * and log dir.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: BrokerMain <server.properties> <cluster id> <parent pid>");
            System.exit(2);
        }
        Path properties = Path.of(args[0]);
        exitWithParent(Long.parseLong(args[2]));
        formatIfNeeded(properties, args[1]);
        Kafka.main(new String[] { properties.toString() });
    }

    private static void exitWithParent(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(parent -> parent.onExit().thenRun(() -> {
            System.err.println("The process that started this broker (pid " + parentPid + ") is gone: stopping");
            System.exit(0);
        }), () -> {
            System.err.println("The process that started this broker (pid " + parentPid + ") is already gone");
            System.exit(1);
        });
    }

    /** {@code meta.properties} in the log dir is what Kafka writes when it formats a directory. */
    static void formatIfNeeded(Path properties, String clusterId) {
        Path logDir = Path.of(logDirs(properties).split(",")[0].trim());
        if (Files.isRegularFile(logDir.resolve("meta.properties"))) {
            return;
        }
        int status = StorageTool.execute(new String[] { "format", "--cluster-id", clusterId, "--config",
                properties.toString(), "--ignore-formatted" }, System.out);
        if (status != 0) {
            System.err.println("Formatting " + logDir + " failed (status " + status + ")");
            System.exit(status);
        }
    }

    private static String logDirs(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + file, ex);
        }
        return properties.getProperty("log.dirs");
    }
}
