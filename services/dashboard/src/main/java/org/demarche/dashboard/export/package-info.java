/**
 * Exports for leads' own tools: a campaign's partners and their answers as CSV
 * ({@code GET /campaigns/{id}/partners.csv}), written by a small RFC 4180 writer.
 */
package org.demarche.dashboard.export;
