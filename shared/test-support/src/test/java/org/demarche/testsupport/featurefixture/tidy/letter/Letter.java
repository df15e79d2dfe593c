package org.demarche.testsupport.featurefixture.tidy.letter;

import org.demarche.testsupport.featurefixture.tidy.registry.Registry;

class Letter {

    String addressedTo(Registry registry) {
        return registry.partner("p-1");
    }
}
