/**
 * What partners read in their inbox, whatever the email: their language (English, French,
 * Russian, Azerbaijani; English for the rest), moments in their own time zone with the zone
 * named, the same message as text and HTML, and the deadline and meeting as a calendar file.
 */
package org.demarche.outreach.partnermail;
