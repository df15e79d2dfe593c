/**
 * The case file of each country: court rulings and committee resolutions, learnt from intake's
 * events, and which registered case each is about — by application number, or by a case name that
 * names the person as the Court writes names (its romanisation of Azerbaijani, Turkish and Cyrillic,
 * surname alone or with given names, "CASE OF", "AFFAIRE … c. …", "and Others"). A name match teaches
 * the case the record's application numbers; a name shared by two open cases of the country holds
 * the record for a coordinator, never a guess. Letters cite the records about the country's open
 * cases; a change is announced in its transaction ({@link org.demarche.campaigns.casefile.CaseFileChanged})
 * so that drafts follow. The records held for a coordinator have their page ({@code /case-file/held}).
 */
package org.demarche.campaigns.casefile;
