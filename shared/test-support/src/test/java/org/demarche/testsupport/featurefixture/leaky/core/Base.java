package org.demarche.testsupport.featurefixture.leaky.core;

/** Public, and extended elsewhere; its protected method is still its own. */
public class Base {

    protected int internal() {
        return 1;
    }
}
