/**
 * Legal facts that letters cite, as coordinators enter them: court judgments (RulingPublished)
 * and supervisory bodies' decisions on their execution (ResolutionAdopted). Each is stored and
 * announced in one transaction; the same judgment or reference entered again is recognised and
 * announced only once.
 */
package org.demarche.intake.legal;
