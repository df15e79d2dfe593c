/**
 * The campaign overview: one row per campaign, projected from events, plus each campaign's event
 * history. Every event is applied once.
 */
package org.demarche.dashboard.campaign;
