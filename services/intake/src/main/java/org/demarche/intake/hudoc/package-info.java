/**
 * Court and committee sources: ECtHR judgments in HUDOC's JSON result shape become
 * RulingPublished, Committee of Ministers documents in HUDOC-EXEC's shape become
 * ResolutionAdopted, each record once (by its HUDOC identifier, and by the legal fact it states).
 * A bad record is reported by its index and reason while the good ones are imported.
 */
package org.demarche.intake.hudoc;
