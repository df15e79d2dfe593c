/**
 * The case file of each country: court rulings and committee resolutions, learnt from intake's
 * events, which letters about that country cite.
 */
package org.demarche.campaigns.casefile;
