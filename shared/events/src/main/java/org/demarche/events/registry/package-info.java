/**
 * The campaigns service's registry as other services need to know it: which people's cases are open
 * in which countries, so that intake can watch the courts' databases for the states concerned.
 */
package org.demarche.events.registry;
