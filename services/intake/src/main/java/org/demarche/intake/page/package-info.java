/**
 * The coordinators' import page ({@code GET /}): upload a calendar or a HUDOC result, watch the
 * import's progress bar, see the recent imports and how many entries wait for review. Everything
 * it does goes through the same HTTP API that scripts use.
 */
package org.demarche.intake.page;
