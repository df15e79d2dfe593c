/**
 * Events of the outreach topic ({@code demarche.outreach.v1}, keyed by
 * campaign id): requests from the campaigns service to the outreach service to
 * contact partners (sign-on requests, reminders) and to distribute the final
 * letter. Each carries the addresses, languages and time zones the email needs.
 */
package org.demarche.events.outreach;
