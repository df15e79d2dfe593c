package org.demarche.intake.imports;

/**
 * How many imported entries wait for a coordinator, for the import page. The calendar's review
 * queue answers it; the question is asked here, so that imports, which every importer uses, uses
 * none of them back.
 */
public interface WaitingForReview {

    /** The entries a coordinator has neither resolved nor dismissed yet. */
    int waitingForReview();
}
