/**
 * The coordinators' console around the features' pages: the home page ({@code GET /}), the
 * navigation, the pages' language (English or French, from the browser or {@code ?lang=}) and
 * whether the person signed in may change anything. The features' own pages, such as meetings
 * and imports, mark themselves {@link org.demarche.intake.page.ConsolePage} to get the same. It
 * uses no feature, so that every feature may use it.
 */
package org.demarche.intake.page;
