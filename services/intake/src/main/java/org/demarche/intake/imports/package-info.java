/**
 * Imports as coordinators follow them: every upload and every feed poll is a run with its
 * progress while it lasts and its counts afterwards ({@code GET /api/imports/{id}}), and the
 * coordinators' import page ({@code GET /imports}: upload a calendar or a HUDOC result, watch its
 * progress, see recent imports and how many entries wait for review). The importers use this
 * package, so it uses none of them: the review queue's count comes through
 * {@link org.demarche.intake.imports.WaitingForReview}.
 */
package org.demarche.intake.imports;
