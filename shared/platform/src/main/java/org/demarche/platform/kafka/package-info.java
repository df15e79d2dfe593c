/**
 * The one Kafka setup of every service: the topics and their dead-letter topics, an idempotent
 * producer that writes CloudEvents headers and validates against the event schemas, and consumers
 * that retry transient failures with exponential back-off and send what can never succeed to
 * {@code <topic>-dlt} with the reason in its headers, so a bad record never blocks a partition.
 * A service starts without its brokers: {@code kafka} is DOWN in its health until they answer,
 * and its topics are created then.
 */
package org.demarche.platform.kafka;
