package org.demarche.testsupport.featurefixture.leaky.web;

import org.demarche.testsupport.featurefixture.leaky.core.Base;
import org.demarche.testsupport.featurefixture.leaky.core.RefusedException;

class Page extends Base {

    int shown() {
        return internal();
    }

    int safely() {
        try {
            return shown();
        } catch (RefusedException refused) {
            return 0;
        }
    }
}
