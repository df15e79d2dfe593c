/**
 * Events of the rulings and resolutions topics ({@code demarche.rulings.v1},
 * {@code demarche.resolutions.v1}, keyed by case id), imported by intake from
 * court and Committee of Ministers records. Campaigns uses them to keep the
 * case registry current and to cite the latest legal facts in letters.
 */
package org.demarche.events.legal;
