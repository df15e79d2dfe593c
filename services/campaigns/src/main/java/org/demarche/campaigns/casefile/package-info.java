/**
 * The case file of each country: court rulings and committee resolutions, learnt from intake's
 * events, and which of them a letter cites — those about the country's registered cases, by
 * application number or by a case name naming the person. A new one is announced in its
 * transaction ({@link org.demarche.campaigns.casefile.CaseFileChanged}) so that drafts cite it.
 */
package org.demarche.campaigns.casefile;
