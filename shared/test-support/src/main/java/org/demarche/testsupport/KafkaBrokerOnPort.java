package org.demarche.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An in-JVM broker on a port chosen before it runs, for tests in which a service starts while no
 * broker is there and the broker comes later: the service is given {@link #address(int)} first,
 * then the test starts the broker when it decides to. Topics are not created automatically, as on
 * a production cluster: what exists was created by the service.
 */
public final class KafkaBrokerOnPort implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;
    private final KafkaEndpoint endpoint;

    private KafkaBrokerOnPort(EmbeddedKafkaKraftBroker broker, KafkaEndpoint endpoint) {
        this.broker = broker;
        this.endpoint = endpoint;
    }

    /** A port nothing listens on now, for a broker started later. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code bootstrap.servers} for a broker on this port of 127.0.0.1, running or not. */
    public static String address(int port) {
        return "127.0.0.1:" + port;
    }

    /**
     * Starts the broker on {@code port}. The test kit binds its own listeners to ports of its
     * choosing whatever they are configured with, so the fixed port is a third listener of its own.
     */
    public static KafkaBrokerOnPort start(int port) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,FIXED://127.0.0.1:" + port);
        properties.put("listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,FIXED:PLAINTEXT");
        properties.put("auto.create.topics.enable", "false");
        properties.put("group.initial.rebalance.delay.ms", "0");
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(properties);
        broker.afterPropertiesSet();
        return new KafkaBrokerOnPort(broker, new KafkaEndpoint(address(port)));
    }

    public KafkaEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
