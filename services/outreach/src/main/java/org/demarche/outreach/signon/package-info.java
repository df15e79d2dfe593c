/**
 * Asking partners to co-sign: each SignOnRequested becomes a personal link and an email in the
 * partner's time zone, queued for delivery once.
 */
package org.demarche.outreach.signon;
