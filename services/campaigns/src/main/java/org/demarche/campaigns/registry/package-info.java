/**
 * The registry coordinators keep: targets (heads of state and government who receive letters),
 * partner organisations (who co-sign, in which language and time zone, which countries they care
 * about), cases (people whose release the letters ask for) and earlier exchanges with targets.
 */
package org.demarche.campaigns.registry;
