/**
 * What the coordinators' pages share, whichever feature shows them, beyond the header, navigation
 * and language every service's pages get from the platform ({@code org.demarche.platform.page}):
 * how they write and read moments ({@link org.demarche.campaigns.console.ConsoleTimes}) and how
 * they show a refused form ({@link org.demarche.campaigns.console.FormProblems}). The pages
 * themselves live with their features — {@code campaign} (the list, the drafts and the draft
 * editor), {@code action} (a campaign and its manual actions), {@code registry} (partners and
 * targets), {@code casefile} (the court records held for a coordinator) — and validate nothing
 * themselves: they turn form fields into the APIs' request records, and show the problems those
 * name next to the fields, keeping what the coordinator typed. This package uses no feature, so
 * that every feature may use it.
 */
package org.demarche.campaigns.console;
