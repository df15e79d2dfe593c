/**
 * The review queue over HTTP: calendar entries whose participants or place could not be
 * recognised ({@code GET /api/review}) and a coordinator's resolution of one
 * ({@code POST /api/review/{id}} with the participants → a meeting; {@code DELETE} dismisses it).
 */
package org.demarche.intake.review;
