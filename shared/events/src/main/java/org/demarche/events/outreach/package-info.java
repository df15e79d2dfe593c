/**
 * Events of the outreach topic ({@code demarche.outreach.v1}, keyed by
 * campaign id): requests from the campaigns service to the outreach service to
 * contact partners (sign-on requests, reminders), to withdraw a partner's
 * links, and to distribute the final letter. Each carries the addresses,
 * languages and time zones the email needs.
 */
package org.demarche.events.outreach;
