/**
 * Events of the responses topic ({@code demarche.responses.v1}, keyed by
 * campaign id), published by the outreach service: what happened to the emails
 * it sent and how partners answered. Campaigns uses them to build the list of
 * signatories; the dashboard to show progress.
 */
package org.demarche.events.response;
