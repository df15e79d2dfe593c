/**
 * The live stream of the dashboard: server-sent events that carry each campaign's overview after a
 * projected event commits. Writing to clients never holds up the Kafka listener, and what waits
 * for a client is bounded.
 */
package org.demarche.dashboard.stream;
