/**
 * Subscribed sources: an iCalendar feed, or a HUDOC / HUDOC-EXEC result, at a URL or in a file
 * under the feeds folder, polled on a schedule. A URL is fetched with {@code If-None-Match} and
 * {@code If-Modified-Since}; content that has not changed since the last poll is not imported
 * again. What each poll found is kept on the feed ({@code GET /api/feeds}) and its import is a
 * run like an upload's.
 */
package org.demarche.intake.feed;
