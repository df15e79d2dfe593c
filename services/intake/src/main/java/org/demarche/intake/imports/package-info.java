/**
 * Imports as coordinators follow them: every upload and every feed poll is a run with its
 * progress while it lasts and its counts afterwards ({@code GET /api/imports/{id}}), and a small
 * coordinators' page that uploads a file and shows the progress bar.
 */
package org.demarche.intake.imports;
