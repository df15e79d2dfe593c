package org.demarche.testsupport.featurefixture.tidy.registry;

/** The registry's own: package-private. */
class Partners {

    String named(String id) {
        return "partner " + id;
    }
}
