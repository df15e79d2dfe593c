package org.demarche.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A broker left by an earlier run on the same directory, found through its pid file. Its
 * {@link BrokerMain} stops it once its parent is gone, so normally it is already ending: wait for
 * that, kill it if it hangs. A broker whose parent still lives belongs to a stack that is running:
 * refuse to start beside it rather than fight over its log dir.
 */
final class StaleBroker {

    private static final Logger log = LoggerFactory.getLogger(StaleBroker.class);

    private static final long GRACE_SECONDS = 30;

    private StaleBroker() {
    }

    static void endLeftOver(BrokerNode node) {
        Optional<ProcessHandle> left = recordedBroker(node);
        if (left.isEmpty()) {
            return;
        }
        ProcessHandle broker = left.get();
        Optional<ProcessHandle> parent = parentPid(broker).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (parent.isPresent() && parent.get().pid() != ProcessHandle.current().pid()) {
            throw new IllegalStateException("Broker " + node.id() + " of " + node.directory().getParent() + " already runs (pid "
                    + broker.pid() + ", started by pid " + parent.get().pid() + "): stop that first");
        }
        log.info("Broker {} of an earlier run (pid {}) is still there: waiting for it to stop", node.id(), broker.pid());
        try {
            broker.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
        }
        catch (TimeoutException ex) {
            log.warn("Broker {} of an earlier run (pid {}) did not stop in {} s: killing it", node.id(), broker.pid(), GRACE_SECONDS);
            broker.destroyForcibly();
            broker.onExit().join();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an earlier broker to stop", ex);
        }
        catch (java.util.concurrent.ExecutionException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The process of the pid file, if it is alive and is a broker (a reused pid is not). */
    private static Optional<ProcessHandle> recordedBroker(BrokerNode node) {
        if (!Files.isRegularFile(node.pidFile())) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(node.pidFile(), StandardCharsets.UTF_8).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().map(line -> line.contains(BrokerCommand.MAIN_CLASS)).orElse(false));
        }
        catch (IOException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /** The last argument of {@link BrokerMain}'s command line. */
    private static Optional<Long> parentPid(ProcessHandle broker) {
        return broker.info().commandLine().map(line -> line.substring(line.lastIndexOf(' ') + 1)).flatMap(last -> {
            try {
                return Optional.of(Long.parseLong(last.trim()));
            }
            catch (NumberFormatException ex) {
                return Optional.empty();
            }
        });
    }
}
