/**
 * The leads' pages: the table of campaigns, which updates itself from the live stream, and each
 * campaign's deadlines, partners and history. Rendered on the server with Thymeleaf; the only
 * script listens to the stream and swaps in the server-rendered row of the campaign that changed.
 */
package org.demarche.dashboard.page;
