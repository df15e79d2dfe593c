package org.demarche.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/**
 * The cluster id and size, kept in {@code <directory>/cluster.properties}: every broker's storage is
 * formatted with that id once, and a restart on the same directory must present the same id (and the
 * same quorum) or the brokers refuse their own logs.
 */
record ClusterIdentity(String clusterId, int size) {

    static final String FILE = "cluster.properties";

    /** Reads the directory's identity, or creates one for a new cluster of {@code size} brokers. */
    static ClusterIdentity readOrCreate(Path directory, int size) {
        Path file = directory.resolve(FILE);
        if (Files.isRegularFile(file)) {
            ClusterIdentity existing = read(file);
            if (existing.size() != size) {
                throw new IllegalStateException(directory + " holds a cluster of " + existing.size() + " broker(s), not "
                        + size + ": use another directory, or delete this one (and its topics)");
            }
            return existing;
        }
        ClusterIdentity created = new ClusterIdentity(Uuid.randomUuid().toString(), size);
        created.write(file);
        return created;
    }

    private static ClusterIdentity read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + file, ex);
        }
        String id = properties.getProperty("cluster.id");
        String size = properties.getProperty("size");
        if (id == null || size == null) {
            throw new IllegalStateException(file + " lacks cluster.id or size");
        }
        return new ClusterIdentity(id, Integer.parseInt(size.trim()));
    }

    private void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("cluster.id", clusterId);
        properties.setProperty("size", Integer.toString(size));
        Path part = file.resolveSibling(FILE + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                properties.store(writer, "Identity of the Kafka cluster in this directory; its brokers' logs are formatted with it");
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + file, ex);
        }
    }
}
