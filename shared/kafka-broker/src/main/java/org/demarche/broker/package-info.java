/**
 * Real Kafka brokers for the local stack, the one-machine cluster and the tests that need a broker
 * to go away: Apache Kafka's own server ({@code kafka.Kafka}, KRaft, combined broker and controller
 * nodes), one JVM per broker, with its log in a directory that survives restarts.
 * {@link org.demarche.broker.KafkaCluster} starts, stops, kills and restarts them;
 * {@link org.demarche.broker.BrokerMain} is what runs inside each broker JVM.
 */
package org.demarche.broker;
