/**
 * The transactional outbox: a service records an event in its own database in the same
 * transaction as the state change it announces, and the relay passes it on to Kafka once
 * committed. No event without its state, no state without its event; a crash between commit and
 * send only delays the event, and a repeated send is absorbed by idempotent consumers.
 */
package org.demarche.platform.outbox;
