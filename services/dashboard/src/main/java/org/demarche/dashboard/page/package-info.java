/**
 * The leads' pages: the table of campaigns, filtered by status and country, which updates itself
 * from the live stream, and each campaign's timeline, partners, audit log, chart of signatures and
 * history, which follows the stream too. Rendered on the server with Thymeleaf in English or French;
 * the scripts only listen to the stream, swap in what the server renders and draw the chart.
 */
package org.demarche.dashboard.page;
