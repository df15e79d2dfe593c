/**
 * The registry coordinators keep: targets (who receives letters, in which language), partners (who
 * co-signs them), cases (whose release they ask for), earlier exchanges with targets, and the
 * situation of political prisoners in a country. Every change is announced in its transaction
 * ({@link org.demarche.campaigns.registry.RegistryChanged}) so that the drafts citing it follow.
 */
package org.demarche.campaigns.registry;
