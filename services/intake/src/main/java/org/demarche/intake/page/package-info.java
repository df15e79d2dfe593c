/**
 * The coordinators' way into intake: the home page ({@code GET /}). The features' own pages (meetings,
 * imports) live in their features; the header, the navigation, the language and whether the person
 * may change anything come from the platform ({@code org.demarche.platform.page}), as on every
 * service's pages. It uses no feature, so that every feature may use it.
 */
package org.demarche.intake.page;
