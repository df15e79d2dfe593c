package org.demarche.testsupport;

import static java.util.Objects.requireNonNull;

/**
 * Where the tests' Kafka broker listens.
 *
 * @param bootstrapServers the value for {@code bootstrap.servers}, e.g. {@code 127.0.0.1:39017}
 */
public record KafkaEndpoint(String bootstrapServers) {

    public KafkaEndpoint {
        requireNonNull(bootstrapServers, "bootstrapServers is required");
    }
}
