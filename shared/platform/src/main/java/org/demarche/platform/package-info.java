/**
 * What every Démarche service stands on: one clock, one way to publish events (the transactional
 * outbox), one way to consume them (idempotent inbox, dead-letter topics) and the topics themselves.
 * It is a Spring Boot auto-configuration: a service gets all of it by depending on this module.
 */
package org.demarche.platform;
