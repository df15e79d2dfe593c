/**
 * What the coordinators' pages share, whichever feature shows them: the navigation around them
 * (for controllers marked {@link org.demarche.campaigns.console.ConsolePage}), their language,
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
