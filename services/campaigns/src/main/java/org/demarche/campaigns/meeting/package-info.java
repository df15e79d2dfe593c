/**
 * The meetings this service has heard of, kept from intake's events on
 * {@code demarche.meetings.v1}. Each event is applied once, whatever the number of deliveries.
 */
package org.demarche.campaigns.meeting;
