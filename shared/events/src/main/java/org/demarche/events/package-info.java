/**
 * The contract between Démarche's services: one immutable record per event,
 * the Kafka topics they travel on, their JSON Schemas, and the code that moves
 * them across Kafka. An event's payload is JSON validated against its schema in
 * both directions; its id, type, schema version, time, source and correlation id
 * travel as CloudEvents headers ({@code ce_*}). {@link org.demarche.events.EventCatalog}
 * lists every event; {@link org.demarche.events.EventSerializer} and
 * {@link org.demarche.events.EventDeserializer} plug it into Kafka. Plain Java,
 * no Spring: services build on it and share nothing else.
 */
package org.demarche.events;
