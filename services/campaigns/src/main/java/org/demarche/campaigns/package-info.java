/**
 * The campaigns service: it learns of meetings, rulings and resolutions from Kafka, decides when a
 * meeting opens a campaign, keeps the case registry and the letter drafts, and schedules the
 * campaign's deadlines.
 */
package org.demarche.campaigns;
