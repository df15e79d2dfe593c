/**
 * The HUDOC watcher: on a schedule, intake asks HUDOC's and HUDOC-EXEC's query APIs for the
 * documents about each state with open cases, page by page in date order, and imports them with
 * the same importer as uploads (each page an import run). Where it stopped is kept per source and
 * state, and moves only past pages imported whole; a page that fails stops that state's poll,
 * is reported ({@code GET /api/hudoc-watch}) and is asked again at the next poll. Off unless
 * {@code demarche.intake.hudoc-watch.enabled} is set.
 */
package org.demarche.intake.hudocwatch;
