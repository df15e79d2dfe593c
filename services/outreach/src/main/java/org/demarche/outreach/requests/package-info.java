/**
 * Where campaigns' requests on {@code demarche.outreach.v1} come in: each is applied once and
 * handed to the feature that answers it (sign-on requests, reminders, final letters,
 * revoked links).
 */
package org.demarche.outreach.requests;
