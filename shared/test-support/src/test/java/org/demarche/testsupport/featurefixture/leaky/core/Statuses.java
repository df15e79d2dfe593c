package org.demarche.testsupport.featurefixture.leaky.core;

/** Constants only: where another package reads them, the compiler leaves no trace of this class. */
public final class Statuses {

    public static final String OPEN = "open";

    private Statuses() {
    }
}
