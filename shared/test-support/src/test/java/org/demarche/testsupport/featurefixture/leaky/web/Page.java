package org.demarche.testsupport.featurefixture.leaky.web;

import org.demarche.testsupport.featurefixture.leaky.core.Base;

class Page extends Base {

    int shown() {
        return internal();
    }
}
