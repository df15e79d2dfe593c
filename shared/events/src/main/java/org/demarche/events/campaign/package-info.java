/**
 * Events of the campaigns topic ({@code demarche.campaigns.v1}, keyed by
 * campaign id), published by the campaigns service: a campaign's life from
 * opening through draft revisions and timeline deadlines to the published
 * letter and its close. The dashboard builds its read model from them.
 */
package org.demarche.events.campaign;
