/**
 * The coordinators' way into intake: the home page ({@code GET /}) and the import page
 * ({@code GET /imports}: upload a calendar or a HUDOC result, watch its progress, see recent
 * imports). The header, the navigation, the language and whether the person may change anything
 * come from the platform ({@code org.demarche.platform.page}), as on every service's pages.
 */
package org.demarche.intake.page;
