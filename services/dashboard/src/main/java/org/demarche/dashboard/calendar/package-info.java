/**
 * Leads' calendar feeds: {@code GET /calendar/{token}.ics} serves every meeting intake announced
 * and every campaign deadline of the read model as RFC 5545 iCalendar, rebuilt on each request so
 * that a subscribed calendar shows moves and cancellations at its next refresh. Tokens are
 * created with {@code POST /api/calendar-feeds}.
 */
package org.demarche.dashboard.calendar;
