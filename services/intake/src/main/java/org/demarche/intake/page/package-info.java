/**
 * The coordinators' console around the features' pages: the home page ({@code GET /}), the import
 * page ({@code GET /imports}: upload a calendar or a HUDOC result, watch its progress, see recent
 * imports), the navigation, the pages' language (English or French, from the browser or
 * {@code ?lang=}) and whether the person signed in may change anything. The features' own pages,
 * such as meetings, mark themselves {@link org.demarche.intake.page.ConsolePage} to get the same.
 */
package org.demarche.intake.page;
