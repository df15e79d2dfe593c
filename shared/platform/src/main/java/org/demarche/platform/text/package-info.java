/**
 * Texts compared as people read them: {@link org.demarche.platform.text.TextChanges} finds which
 * words changed between two versions of a letter and writes them as HTML ({@code <del>}/{@code <ins>}
 * with labels for screen readers) or as plain text for an email ({@code [-old-]{+new+}}). Plain
 * classes, no beans: campaigns shows coordinators what a draft version changed, outreach shows
 * partners asked to confirm what changed since the version they saw.
 */
package org.demarche.platform.text;
