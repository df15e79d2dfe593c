package org.demarche.broker;

import java.nio.file.Path;

/**
 * One node of the cluster as started: its id, its ports (fixed for the life of the
 * {@link KafkaCluster}, so that a restarted node is where its peers expect it) and its directory.
 */
record BrokerNode(int id, String host, int clientPort, int controllerPort, Path directory) {

    static BrokerNode in(Path clusterDirectory, int id, String host, int clientPort, int controllerPort) {
        return new BrokerNode(id, host, clientPort, controllerPort, clusterDirectory.resolve("broker-" + id));
    }

    String bootstrapServer() {
        return host + ":" + clientPort;
    }

    /** Kafka's own log (topics, offsets, the KRaft metadata log): what survives a restart. */
    Path logDir() {
        return directory.resolve("data");
    }

    Path propertiesFile() {
        return directory.resolve("server.properties");
    }

    /** The broker JVM's output. */
    Path outputFile() {
        return directory.resolve("broker.log");
    }

    /** The output of the run before. */
    Path previousOutputFile() {
        return directory.resolve("broker.log.1");
    }

    Path pidFile() {
        return directory.resolve("broker.pid");
    }

    String voter() {
        return id + "@" + host + ":" + controllerPort;
    }
}
