/**
 * One trace from the intake request to the partner's email. HTTP and Kafka carry the W3C
 * {@code traceparent} by themselves (Micrometer observations); what waits in a table in between —
 * an outbox row, a Quartz deadline, a queued email — keeps the trace context of the work that
 * wrote it, and the work that picks it up later continues that trace instead of starting one.
 */
package org.demarche.platform.tracing;
