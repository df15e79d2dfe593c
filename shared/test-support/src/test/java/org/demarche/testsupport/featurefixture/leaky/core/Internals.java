package org.demarche.testsupport.featurefixture.leaky.core;

/** Public, but only its own package uses it. */
public class Internals {

    int count() {
        return new Base().internal();
    }
}
