/**
 * Court and committee sources as HUDOC and HUDOC-EXEC give them: ECtHR judgments become
 * RulingPublished, Committee of Ministers decisions, interim resolutions and referrals become
 * ResolutionAdopted, each record once (by its HUDOC identifier, and by the legal fact it states).
 * Records are read whatever the query selected (kpdate or judgementdate, lists of applications
 * and states, legacy state codes, English or French); documents of other kinds are skipped with
 * the reason, and a bad record is rejected naming HUDOC's field while the good ones are imported.
 */
package org.demarche.intake.hudoc;
