/**
 * The registry coordinators keep: targets (who receives letters, in which language), partners (who
 * co-signs them), cases (whose release they ask for, with the application numbers entered and those
 * the case file learnt), earlier exchanges with targets, and the situation of political prisoners in
 * a country. Every change is announced in its transaction
 * ({@link org.demarche.campaigns.registry.RegistryChanged}) so that the drafts citing it follow; a case
 * is also published to the other services (CaseRegistered) and offered to the case file first
 * ({@link org.demarche.campaigns.registry.CaseChanged}). Coordinators see it and edit partners and
 * targets on the registry's pages ({@code /registry}), checked by the API's request records.
 */
package org.demarche.campaigns.registry;
