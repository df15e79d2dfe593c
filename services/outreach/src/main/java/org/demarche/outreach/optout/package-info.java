/**
 * Partners asking for no more email: the page behind every email's List-Unsubscribe header and
 * footer link (RFC 8058 one-click), which records an opt-out for the campaign's country.
 */
package org.demarche.outreach.optout;
