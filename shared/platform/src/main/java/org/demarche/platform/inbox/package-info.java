/**
 * Idempotent consumption: a service applies an event and records its id in one transaction, so a
 * redelivered event is recognised and changes nothing. While an event is applied, its correlation
 * id is carried to the events the effect publishes.
 */
package org.demarche.platform.inbox;
